import { SliCounts } from './buckets';
import { burnRate } from './budget';
import { roundSloRatio } from './precision';

/** One hour before a deployment and one after compare equal spans. */
const HOUR_SECONDS = 3_600;

/**
 * Share of an SLO period's whole error budget that `counts` consumed over
 * `windowSeconds`:
 *
 *   consumed = burnRate × windowSeconds / periodSeconds,
 *   burnRate = (bad / total) / (1 − target).
 *
 * With traffic spread evenly over the period this is bad / allowed-bad
 * (the bad events, or slices, the period may have), so 1 means the window
 * alone spent the whole budget. The counts are in budget units — events
 * for Occurrences, slices for Timeslices (see `budgetCounts`) — and the
 * formula is the same for both. `null` when `total = 0`: no data is
 * unknown, never "nothing consumed".
 * @public
 */
export function budgetConsumedRatio(
  counts: SliCounts,
  target: number,
  windowSeconds: number,
  periodSeconds: number,
): number | null {
  if (!(windowSeconds > 0 && periodSeconds > 0)) {
    throw new RangeError(
      `windowSeconds and periodSeconds must be > 0, got ${windowSeconds} and ${periodSeconds}`,
    );
  }
  const rate = burnRate(counts, target);
  if (rate === null) return null;
  return roundSloRatio((rate * windowSeconds) / periodSeconds);
}

const pick = (counts: SliCounts): SliCounts => ({
  good: counts.good,
  total: counts.total,
});

/** Inputs of {@link deploymentBudgetBurn}. @public */
export interface DeploymentBudgetBurnInput {
  /** Counts of the hour before the deployment, in budget units. */
  before: SliCounts;
  /** Counts of the hour after it (possibly still running), in budget units. */
  after: SliCounts;
  /** The objective's target, in (0, 1). */
  target: number;
  /** Length of the SLO period (rolling duration or calendar period). */
  periodSeconds: number;
  /** A deployment burned budget when `after − before` reached this share. */
  thresholdRatio: number;
}

/** One hour's counts and the share of the period's budget they consumed. @public */
export interface BudgetBurnHourResult extends SliCounts {
  budgetConsumedRatio: number | null;
}

/** What one objective's budget did around one deployment. @public */
export interface DeploymentBudgetBurn {
  before: BudgetBurnHourResult;
  after: BudgetBurnHourResult;
  /** After minus before; `null` when either hour has no data. */
  deltaRatio: number | null;
  /** `deltaRatio ≥ thresholdRatio`; false without a delta. */
  burned: boolean;
}

/**
 * The error budget an objective consumed in the hour after a deployment
 * compared with the hour before: each hour's share of the period's whole
 * budget ({@link budgetConsumedRatio} over 3,600 s), their difference, and
 * whether the difference reached `thresholdRatio`. Comparing with the hour
 * before separates what the deployment did from a burn already under way.
 *
 * Example: target 99.9 %, 28-day period, 50 bad of 10,000 events in the
 * hour after: burn rate 0.005 / 0.001 = 5, consumed 5 × 1 h / 672 h
 * = 0.744 % of the period's budget.
 * @public
 */
export function deploymentBudgetBurn(
  input: DeploymentBudgetBurnInput,
): DeploymentBudgetBurn {
  const consumed = (counts: SliCounts) =>
    budgetConsumedRatio(
      counts,
      input.target,
      HOUR_SECONDS,
      input.periodSeconds,
    );
  const before = {
    ...pick(input.before),
    budgetConsumedRatio: consumed(input.before),
  };
  const after = {
    ...pick(input.after),
    budgetConsumedRatio: consumed(input.after),
  };
  const deltaRatio =
    before.budgetConsumedRatio === null || after.budgetConsumedRatio === null
      ? null
      : roundSloRatio(after.budgetConsumedRatio - before.budgetConsumedRatio);
  return {
    before,
    after,
    deltaRatio,
    burned: deltaRatio !== null && deltaRatio >= input.thresholdRatio,
  };
}
