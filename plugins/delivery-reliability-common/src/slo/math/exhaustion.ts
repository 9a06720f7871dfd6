import { roundSloRatio } from './precision';

/** Inputs of {@link timeToExhaustionSeconds}. @public */
export interface SloExhaustionInput {
  /** Budget left over the period (see `budgetRemainingRatio`). */
  budgetRemainingRatio: number | null;
  /** The current burn rate, e.g. over the last hour. */
  burnRate: number | null;
  /** Length of the SLO period in ms. */
  periodMs: number;
}

/**
 * Seconds until the budget is gone if the current burn rate holds.
 * A burn rate b spends b / P of the budget per unit of time (b = 1 spends it
 * all in one period P), so the remaining share r lasts
 *
 *   r × P / b
 *
 * `0` when the budget is already spent; `null` when unknown (no data) or when
 * nothing is burning (b = 0: never). It is a projection — in a rolling window
 * old bad events also age out, so the budget may come back.
 * @public
 */
export function timeToExhaustionSeconds(
  input: SloExhaustionInput,
): number | null {
  const { budgetRemainingRatio: remaining, burnRate: burn, periodMs } = input;
  if (remaining === null || burn === null) return null;
  if (remaining <= 0) return 0;
  if (burn <= 0) return null;
  return roundSloRatio((remaining * periodMs) / 1000 / burn);
}
