import {
  DoraMetricName,
  DoraMetricsReport,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** The five metrics in the order the tiles, card and tables show them. */
export const DORA_METRIC_NAMES: readonly DoraMetricName[] = [
  'deploymentFrequency',
  'leadTimeForChanges',
  'changeFailureRate',
  'failedDeploymentRecoveryTime',
  'deploymentReworkRate',
];

/** What each metric is called on screen. */
export const DORA_METRIC_TITLES: Readonly<Record<DoraMetricName, string>> = {
  deploymentFrequency: 'Deployment frequency',
  leadTimeForChanges: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  failedDeploymentRecoveryTime: 'Failed deployment recovery time',
  deploymentReworkRate: 'Deployment rework rate',
};

/** Whether a smaller value is an improvement (all but deployment frequency). */
export const DORA_LOWER_IS_BETTER: Readonly<Record<DoraMetricName, boolean>> = {
  deploymentFrequency: false,
  leadTimeForChanges: true,
  changeFailureRate: true,
  failedDeploymentRecoveryTime: true,
  deploymentReworkRate: true,
};

/**
 * The number a metric is tiered, compared and sorted by: deployments per
 * day, p50 seconds, or a ratio in [0, 1]; `null` when nothing was measured.
 */
export function doraHeadlineValue(
  metric: DoraMetricName,
  report: DoraMetricsReport,
): number | null {
  switch (metric) {
    case 'deploymentFrequency':
      return report.deploymentFrequency.perDay;
    case 'leadTimeForChanges':
      return report.leadTimeForChanges.p50Seconds;
    case 'changeFailureRate':
      return report.changeFailureRate.ratio;
    case 'failedDeploymentRecoveryTime':
      return report.failedDeploymentRecoveryTime.p50Seconds;
    case 'deploymentReworkRate':
      return report.deploymentReworkRate.ratio;
    default:
      throw new TypeError(`Unknown DORA metric ${metric}`);
  }
}
