import {
  DoraMetricName,
  DoraSeriesResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraCounts, formatDoraValueText } from './doraFormat';
import { doraHeadlineValue } from './doraMetrics';

/** One bucket of a metric's trend, in the chart's unit. */
export interface DoraChartPoint {
  /** Start of the bucket: `May 6` (weeks) or `May 2024` (months), UTC. */
  label: string;
  /** The headline value (p50 for durations) in `unit`; null leaves a gap. */
  value: number | null;
  /** Lead time only: the p90 in `unit`. */
  p90?: number | null;
  /** Tooltip text: the value as the tiles show it and its counts. */
  detail: string;
}

/** A metric's trend, scaled to one unit chosen for its largest value. */
export interface DoraChartData {
  unit: string;
  points: DoraChartPoint[];
}

const DAY = 86_400;

/** Durations in the unit that keeps the largest value readable. */
function durationScale(maxSeconds: number): [number, string] {
  if (maxSeconds >= 2 * DAY) return [DAY, 'days'];
  if (maxSeconds >= 2 * 3600) return [3600, 'hours'];
  return [60, 'minutes'];
}

function round2(value: number | null) {
  return value === null ? null : Math.round(value * 100) / 100;
}

function bucketLabel(fromIso: string, bucket: DoraSeriesResponse['bucket']) {
  const options: Intl.DateTimeFormatOptions =
    bucket === 'week'
      ? { month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Date(fromIso).toLocaleDateString('en-US', options);
}

/**
 * The points of one metric's trend chart: frequency per day (or per week
 * when always below one a day), durations in minutes, hours or days, rates
 * in percent.
 */
export function doraChartData(
  metric: DoraMetricName,
  series: Pick<DoraSeriesResponse, 'bucket' | 'points'>,
): DoraChartData {
  const raw = series.points.map(p => doraHeadlineValue(metric, p.metrics));
  const max = Math.max(0, ...raw.map(v => v ?? 0));
  let scale: number;
  let unit: string;
  if (metric === 'deploymentFrequency') {
    [scale, unit] = max >= 1 ? [1, 'per day'] : [1 / 7, 'per week'];
  } else if (
    metric === 'leadTimeForChanges' ||
    metric === 'failedDeploymentRecoveryTime'
  ) {
    const p90s = series.points.map(
      p => p.metrics.leadTimeForChanges.p90Seconds ?? 0,
    );
    const top = metric === 'leadTimeForChanges' ? Math.max(max, ...p90s) : max;
    [scale, unit] = durationScale(top);
  } else {
    [scale, unit] = [0.01, '%'];
  }
  const points = series.points.map((point, i) => {
    const chartPoint: DoraChartPoint = {
      label: bucketLabel(point.window.from, series.bucket),
      value: round2(raw[i] === null ? null : raw[i]! / scale),
      detail: `${formatDoraValueText(
        metric,
        point.metrics,
      )} · ${formatDoraCounts(metric, point.metrics)}`,
    };
    if (metric === 'leadTimeForChanges') {
      const p90 = point.metrics.leadTimeForChanges.p90Seconds;
      chartPoint.p90 = round2(p90 === null ? null : p90 / scale);
    }
    return chartPoint;
  });
  return { unit, points };
}
