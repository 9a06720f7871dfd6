import {
  DoraMetricName,
  DoraMetricsReport,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDuration } from './formatDuration';
import { doraHeadlineValue } from './doraMetrics';

/** A number and its unit, shown as "3.5 /week" with the unit set smaller. */
export interface FormattedDoraValue {
  value: string;
  unit?: string;
}

const NO_VALUE: FormattedDoraValue = { value: '—' };

/** `3 changes`, `1 change`; `plural` defaults to `singular + 's'`. */
export function countOf(count: number, singular: string, plural?: string) {
  return `${count} ${count === 1 ? singular : plural ?? `${singular}s`}`;
}

/** Whole numbers from 10, one decimal from 1, two significant digits below. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (magnitude >= 10) return String(Math.round(value));
  if (magnitude >= 1) return String(Number(value.toFixed(1)));
  return String(Number(value.toPrecision(2)));
}

/** Per day from one a day up, per week below (0.4/day reads worse than 2.8/week). */
export function formatPerDay(perDay: number | null): FormattedDoraValue {
  if (perDay === null || !Number.isFinite(perDay)) return NO_VALUE;
  if (perDay >= 1) return { value: formatNumber(perDay), unit: '/day' };
  return { value: formatNumber(perDay * 7), unit: '/week' };
}

/** A ratio in [0, 1] as a percentage with one decimal: `7.1 %`. */
export function formatPercent(ratio: number | null): FormattedDoraValue {
  if (ratio === null || !Number.isFinite(ratio)) return NO_VALUE;
  return { value: String(Number((ratio * 100).toFixed(1))), unit: '%' };
}

/** A duration in seconds (`2 d 3 h`); the unit is part of the text. */
export function formatSeconds(seconds: number | null): FormattedDoraValue {
  if (seconds === null || !Number.isFinite(seconds)) return NO_VALUE;
  return { value: formatDuration(seconds) };
}

/** A metric's headline value (frequency, p50 or rate) with its unit. */
export function formatDoraValue(
  metric: DoraMetricName,
  report: DoraMetricsReport,
): FormattedDoraValue {
  const value = doraHeadlineValue(metric, report);
  switch (metric) {
    case 'deploymentFrequency':
      return formatPerDay(value);
    case 'leadTimeForChanges':
    case 'failedDeploymentRecoveryTime':
      return formatSeconds(value);
    default:
      return formatPercent(value);
  }
}

/** `3.5 /week`, `2 d 3 h`, `7.1 %` or `—`, on one line. */
export function formatDoraValueText(
  metric: DoraMetricName,
  report: DoraMetricsReport,
): string {
  const { value, unit } = formatDoraValue(metric, report);
  if (!unit) return value;
  return unit === '%' ? `${value} %` : `${value}${unit}`;
}

/** The counts a metric's value rests on: `42 deployments`, `3 of 42 failed`. */
export function formatDoraCounts(
  metric: DoraMetricName,
  report: DoraMetricsReport,
): string {
  switch (metric) {
    case 'deploymentFrequency': {
      const { deployments } = report.deploymentFrequency;
      return countOf(deployments, 'deployment');
    }
    case 'leadTimeForChanges':
      return countOf(report.leadTimeForChanges.n, 'change');
    case 'changeFailureRate': {
      const { failed, deployments } = report.changeFailureRate;
      return `${failed} of ${deployments} failed`;
    }
    case 'failedDeploymentRecoveryTime': {
      const { n, failed, unresolved } = report.failedDeploymentRecoveryTime;
      const recovered = `${n} of ${countOf(failed, 'failure')} recovered`;
      return unresolved > 0 ? `${recovered}, ${unresolved} open` : recovered;
    }
    case 'deploymentReworkRate': {
      const { unplanned, deployments } = report.deploymentReworkRate;
      return `${unplanned} of ${deployments} unplanned`;
    }
    default:
      throw new TypeError(`Unknown DORA metric ${metric}`);
  }
}

/** The line under a headline value: the p90 of lead time, else nothing. */
export function formatDoraSecondary(
  metric: DoraMetricName,
  report: DoraMetricsReport,
): string | undefined {
  if (metric !== 'leadTimeForChanges') return undefined;
  const { p90Seconds } = report.leadTimeForChanges;
  return p90Seconds === null ? undefined : `p90 ${formatDuration(p90Seconds)}`;
}
