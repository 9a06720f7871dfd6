import {
  DoraMetricName,
  DoraMetricsReport,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDuration } from './formatDuration';
import { formatDoraValueText, formatNumber, formatPerDay } from './doraFormat';
import { DORA_LOWER_IS_BETTER, doraHeadlineValue } from './doraMetrics';

/** How a metric moved against the previous window of the same length. */
export interface DoraDelta {
  direction: 'up' | 'down' | 'flat';
  /** True when the move is an improvement, false when worse, null when flat. */
  better: boolean | null;
  /** `+25 %` (frequency, durations: relative), `−2.1 pp` (rates: points). */
  text: string;
  /** The previous value as the tile would show it, e.g. `0.8/day`. */
  previousText: string;
}

// Changes below these count as flat, so rounding noise gets no arrow.
const FLAT_RELATIVE = 0.005;
const FLAT_POINTS = 0.0005;

function signed(text: string, negative: boolean) {
  return `${negative ? '−' : '+'}${text}`;
}

/** `+25 %` from the previous value, or the absolute change when it was 0. */
function relativeText(metric: DoraMetricName, now: number, before: number) {
  const diff = now - before;
  if (before !== 0) {
    const percent = Math.round(Math.abs(diff / before) * 100);
    return signed(`${percent < 1 ? '<1' : percent} %`, diff < 0);
  }
  if (metric === 'deploymentFrequency') {
    const { value, unit } = formatPerDay(Math.abs(diff));
    return signed(`${value}${unit ?? ''}`, diff < 0);
  }
  return signed(formatDuration(Math.abs(diff)), diff < 0);
}

function isFlat(metric: DoraMetricName, now: number, before: number) {
  const diff = Math.abs(now - before);
  if (metric === 'changeFailureRate' || metric === 'deploymentReworkRate') {
    return diff < FLAT_POINTS;
  }
  return before === 0 ? diff === 0 : diff / Math.abs(before) < FLAT_RELATIVE;
}

/**
 * The change of a metric's headline value from `previous` to `current`;
 * `null` when either window measured nothing (e.g. no failed deployments).
 */
export function doraDelta(
  metric: DoraMetricName,
  current: DoraMetricsReport,
  previous: DoraMetricsReport,
): DoraDelta | null {
  const now = doraHeadlineValue(metric, current);
  const before = doraHeadlineValue(metric, previous);
  if (now === null || before === null) return null;
  const previousText = formatDoraValueText(metric, previous);
  if (isFlat(metric, now, before)) {
    return { direction: 'flat', better: null, text: '±0', previousText };
  }
  const direction = now > before ? 'up' : 'down';
  const better = (direction === 'down') === DORA_LOWER_IS_BETTER[metric];
  const isRate =
    metric === 'changeFailureRate' || metric === 'deploymentReworkRate';
  const text = isRate
    ? signed(`${formatNumber(Math.abs(now - before) * 100)} pp`, now < before)
    : relativeText(metric, now, before);
  return { direction, better, text, previousText };
}
