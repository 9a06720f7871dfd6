import {
  OpenSloSlo,
  SliBucket,
  SloTimeRange,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SliBucketReader } from '../contracts';

/** What {@link readSummaryBuckets} reads for one objective. */
export interface SummaryBucketsRequest {
  entityRef: string;
  sloId: string;
  slo: Pick<OpenSloSlo, 'budgetingMethod'>;
  /** Period start (or the burn lookback, if earlier) → now. */
  range: SloTimeRange;
  /** Buckets from here on are read one by one (the burn-rate windows). */
  recentFromMs: number;
  maintenanceWindows: readonly SloTimeRange[];
  stepMs: number;
}

const overlaps = (startMs: number, stepMs: number, w: SloTimeRange) =>
  startMs < w.toMs && startMs + stepMs > w.fromMs;

/**
 * The buckets an objective's summary is computed from. Burn rates, alerts
 * and freshness need the recent buckets one by one, but an Occurrences
 * budget only needs the sum of the older ones: those come back as one
 * bucket summed in SQL (maintenance windows left out, placed at the newest
 * start it holds), so a 28-day summary reads ~3 days of rows, not 28.
 * Timeslices budgets count slices bucket by bucket and read them all.
 * @internal
 */
export async function readSummaryBuckets(
  reader: SliBucketReader,
  request: SummaryBucketsRequest,
): Promise<SliBucket[]> {
  const { entityRef, sloId, range, recentFromMs, stepMs } = request;
  if (
    request.slo.budgetingMethod !== 'Occurrences' ||
    range.fromMs >= recentFromMs
  ) {
    return reader.readBuckets(entityRef, sloId, range);
  }
  const [older, recent] = await Promise.all([
    reader.sumBuckets(
      entityRef,
      sloId,
      { fromMs: range.fromMs, toMs: recentFromMs },
      { excluded: request.maintenanceWindows, stepMs },
    ),
    reader.readBuckets(entityRef, sloId, {
      fromMs: recentFromMs,
      toMs: range.toMs,
    }),
  ]);
  if (older.lastStartMs === null) return recent;
  const at = older.lastStartMs;
  // Maintenance is already left out of the sum; the summed bucket itself
  // must not be dropped for touching a window (the caller excludes again).
  if (request.maintenanceWindows.some(w => overlaps(at, stepMs, w))) {
    return reader.readBuckets(entityRef, sloId, range);
  }
  return [{ startMs: at, good: older.good, total: older.total }, ...recent];
}
