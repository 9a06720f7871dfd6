import { SliCounts } from './buckets';
import { roundSloRatio } from './precision';

/**
 * The core SLO formulas (DESIGN.md "SLO math"). Counts are events for
 * Occurrences budgeting and slices for Timeslices (see `budgetCounts`); the
 * formulas are the same. Every function answers `null` when `total = 0`:
 * no data is unknown, never 100 %.
 */

function assertTarget(target: number): void {
  if (!(target > 0 && target < 1)) {
    throw new RangeError(`target must be in (0, 1), got ${target}`);
  }
}

/** Bad share: `(total − good) / total`; `null` without data. */
function badRatio(counts: SliCounts): number | null {
  if (!(counts.total > 0)) return null;
  return (counts.total - counts.good) / counts.total;
}

/**
 * SLI = good / total; `null` when `total = 0`.
 * @public
 */
export function sliRatio(counts: SliCounts): number | null {
  if (!(counts.total > 0)) return null;
  return roundSloRatio(counts.good / counts.total);
}

/**
 * Error budget = 1 − target: the share of events allowed to be bad.
 * @public
 */
export function errorBudgetRatio(target: number): number {
  assertTarget(target);
  return roundSloRatio(1 - target);
}

/**
 * Burn rate = (bad / total) / (1 − target): how many times faster than
 * "exactly spend the budget over the period" the budget is being spent.
 * 1 spends it exactly over the period; 0 means no bad events. `null` when
 * `total = 0`.
 * @public
 */
export function burnRate(counts: SliCounts, target: number): number | null {
  const bad = badRatio(counts);
  if (bad === null) return null;
  return roundSloRatio(bad / errorBudgetRatio(target));
}

/**
 * Budget remaining = 1 − (bad / total) / (1 − target), i.e. 1 − the burn
 * rate over the whole period. 1 = untouched, 0 = exactly spent, negative =
 * overspent (−0.5 means half a budget too much). `null` when `total = 0`.
 * @public
 */
export function budgetRemainingRatio(
  counts: SliCounts,
  target: number,
): number | null {
  const burn = burnRate(counts, target);
  return burn === null ? null : roundSloRatio(1 - burn);
}
