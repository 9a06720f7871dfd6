/** A half-open time window `[fromMs, toMs)` in epoch milliseconds. @public */
export interface TimeWindow {
  fromMs: number;
  toMs: number;
}

/**
 * Splits `[fromMs, toMs)` into consecutive windows no longer than
 * `maxSpanMs`, oldest first, because providers cap the span of one query
 * (PagerDuty: 6 months) and the depth of offset pagination.
 * @public
 */
export function splitTimeWindow(
  fromMs: number,
  toMs: number,
  maxSpanMs: number,
): TimeWindow[] {
  if (!(maxSpanMs > 0)) {
    throw new Error(`maxSpanMs must be positive, got ${maxSpanMs}`);
  }
  const windows: TimeWindow[] = [];
  for (let start = fromMs; start < toMs; start += maxSpanMs) {
    windows.push({ fromMs: start, toMs: Math.min(toMs, start + maxSpanMs) });
  }
  return windows;
}

/**
 * A provider timestamp as RFC 3339 UTC (`…Z`), or undefined when it is
 * missing or unparseable, so one bad item never fails a whole batch.
 * @public
 */
export function toRfc3339(
  value: string | null | undefined,
): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
