/**
 * Stored SLI counts. Each SLO is evaluated on a fixed step (default 5 min):
 * one bucket holds the good and total events of `[startMs, startMs + step)`.
 * Every window sum is a sum of buckets, so a 30-day budget never re-queries
 * Prometheus.
 */

/** Good and total events of one step, starting at `startMs`. @public */
export interface SliBucket {
  startMs: number;
  good: number;
  total: number;
}

/** Summed counts; `bad = total − good`. @public */
export interface SliCounts {
  good: number;
  total: number;
}

/** A half-open time range `[fromMs, toMs)` in epoch ms. @public */
export interface SloTimeRange {
  fromMs: number;
  toMs: number;
}

/** Default evaluation step: 5 minutes (DESIGN.md "SLI buckets"). @public */
export const DEFAULT_SLI_STEP_MS = 5 * 60_000;

/**
 * A bucket with counts made safe: `total ≥ 0` and `0 ≤ good ≤ total`.
 * Prometheus `increase()` extrapolates, so good can exceed total by a hair;
 * clamping keeps bad from going negative. Non-finite counts become 0 (no data).
 * @public
 */
export function sanitizeSliBucket(bucket: SliBucket): SliBucket {
  const total = Number.isFinite(bucket.total) ? Math.max(0, bucket.total) : 0;
  const good = Number.isFinite(bucket.good)
    ? Math.min(total, Math.max(0, bucket.good))
    : 0;
  return { startMs: bucket.startMs, good, total };
}

/** A bucket from a `bad` over `total` indicator: good = total − bad. @public */
export function sliBucketFromBad(
  startMs: number,
  bad: number,
  total: number,
): SliBucket {
  return sanitizeSliBucket({ startMs, good: total - bad, total });
}

/**
 * A bucket from a `raw` ratio sample: one unit whose good share is the ratio
 * (`rawType: success`) or its complement (`failure`), so raw SLIs average
 * their samples like RatioTimeslices do.
 * @public
 */
export function sliBucketFromRaw(
  startMs: number,
  ratio: number,
  rawType: 'success' | 'failure',
): SliBucket {
  const success = rawType === 'success' ? ratio : 1 - ratio;
  return sanitizeSliBucket({ startMs, good: success, total: 1 });
}

/** Buckets whose start lies in `[fromMs, toMs)`. @public */
export function sliBucketsIn(
  buckets: readonly SliBucket[],
  range: SloTimeRange,
): SliBucket[] {
  return buckets.filter(
    b => b.startMs >= range.fromMs && b.startMs < range.toMs,
  );
}

/**
 * Drops every bucket that overlaps a maintenance window, so planned work
 * neither spends budget nor counts as good traffic. A bucket partly inside a
 * window is dropped whole: its events cannot be split by time.
 * @public
 */
export function excludeMaintenanceWindows(
  buckets: readonly SliBucket[],
  maintenanceWindows: readonly SloTimeRange[],
  stepMs: number = DEFAULT_SLI_STEP_MS,
): SliBucket[] {
  if (maintenanceWindows.length === 0) return [...buckets];
  return buckets.filter(
    b =>
      !maintenanceWindows.some(
        w => b.startMs < w.toMs && b.startMs + stepMs > w.fromMs,
      ),
  );
}

/** Sum of the (sanitized) counts of `buckets`. @public */
export function sumSliBuckets(buckets: readonly SliBucket[]): SliCounts {
  let good = 0;
  let total = 0;
  for (const bucket of buckets) {
    const safe = sanitizeSliBucket(bucket);
    good += safe.good;
    total += safe.total;
  }
  return { good, total };
}
