import { OpenSloBudgetingMethod } from '../openslo/types';
import {
  SliBucket,
  SliCounts,
  sanitizeSliBucket,
  sumSliBuckets,
} from './buckets';
import { roundSloRatio } from './precision';

/** How an objective counts its budget. @public */
export interface SloBudgeting {
  method: OpenSloBudgetingMethod;
  /** Length of one slice (Timeslices, RatioTimeslices). */
  timeSliceMs?: number;
  /** A slice is good when its ratio is ≥ this (Timeslices). */
  timeSliceTarget?: number;
}

/**
 * Groups buckets into slices of `sliceMs`, aligned to multiples of `sliceMs`
 * since the epoch so a slice's verdict never depends on when it is
 * evaluated. A slice shorter than the step cannot split a bucket, so each
 * bucket is then its own slice. Slices without events are left out: no data
 * is neither good nor bad.
 */
function sliceCounts(
  buckets: readonly SliBucket[],
  sliceMs: number,
): SliCounts[] {
  const slices = new Map<number, SliCounts>();
  for (const bucket of buckets) {
    const { good, total } = sanitizeSliBucket(bucket);
    const key = Math.floor(bucket.startMs / sliceMs);
    const slice = slices.get(key) ?? { good: 0, total: 0 };
    slice.good += good;
    slice.total += total;
    slices.set(key, slice);
  }
  return [...slices.values()].filter(s => s.total > 0);
}

/**
 * The (good, total) the budget formulas run on, in the method's units:
 * - `Occurrences`: events — Σ good, Σ total.
 * - `Timeslices`: slices — good = slices whose ratio good/total is
 *   ≥ `timeSliceTarget`, total = slices with data; so SLI = good slices /
 *   slices with data.
 * - `RatioTimeslices`: slices — good = Σ of each slice's ratio, total =
 *   slices with data; so SLI = the mean slice ratio.
 * Pass only the buckets of the window being measured.
 * @public
 */
export function budgetCounts(
  buckets: readonly SliBucket[],
  budgeting: SloBudgeting,
): SliCounts {
  if (budgeting.method === 'Occurrences') return sumSliBuckets(buckets);
  const sliceMs = budgeting.timeSliceMs;
  if (!(sliceMs !== undefined && sliceMs > 0)) {
    throw new RangeError(`${budgeting.method} budgeting needs timeSliceMs > 0`);
  }
  const slices = sliceCounts(buckets, sliceMs);
  if (budgeting.method === 'RatioTimeslices') {
    const good = slices.reduce((sum, s) => sum + s.good / s.total, 0);
    return { good: roundSloRatio(good), total: slices.length };
  }
  const sliceTarget = budgeting.timeSliceTarget;
  if (!(sliceTarget !== undefined && sliceTarget > 0 && sliceTarget <= 1)) {
    throw new RangeError(
      'Timeslices budgeting needs timeSliceTarget in (0, 1]',
    );
  }
  const good = slices.filter(
    s => roundSloRatio(s.good / s.total) >= sliceTarget,
  ).length;
  return { good, total: slices.length };
}
