import { PrometheusRangeSeries } from './PrometheusClient';

/**
 * Prometheus writes special floats as `NaN`, `+Inf` and `-Inf`, which
 * `Number()` does not read.
 */
function sampleValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/**
 * The values of every series, grouped by the bucket they close: a sample
 * evaluated at `t` belongs to the bucket starting at `t − step`.
 * @public
 */
export function valuesByBucketStart(
  series: readonly PrometheusRangeSeries[],
  stepMs: number,
): Map<number, number[]> {
  const byStart = new Map<number, number[]>();
  for (const s of series) {
    for (const [timeSec, text] of s.values) {
      const startMs = Math.round(timeSec * 1000) - stepMs;
      const values = byStart.get(startMs) ?? [];
      values.push(sampleValue(text));
      byStart.set(startMs, values);
    }
  }
  return byStart;
}

/** Sum of the finite values; 0 when none (the step had no matching series). @public */
export function sumFinite(values: readonly number[] | undefined): number {
  let sum = 0;
  for (const v of values ?? []) if (Number.isFinite(v)) sum += v;
  return sum;
}
