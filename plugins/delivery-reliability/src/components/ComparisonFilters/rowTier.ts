import {
  ComparisonRow,
  DoraMetricName,
  DoraTier,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * What the tier filter looks at: one tiered DORA metric, or `lowest`, the
 * worst tier among the four tiered metrics (rework rate has no tier).
 */
export type TierFilterMetric =
  | Exclude<DoraMetricName, 'deploymentReworkRate'>
  | 'lowest';

/** The tiered metrics, in the order the filter offers them. */
export const TIERED_METRICS = [
  'deploymentFrequency',
  'leadTimeForChanges',
  'changeFailureRate',
  'failedDeploymentRecoveryTime',
] as const;

/** Tiers best first. */
export const DORA_TIERS: readonly DoraTier[] = [
  'elite',
  'high',
  'medium',
  'low',
];

/**
 * A row's tier for the filter: the metric's own tier, or for `lowest` the
 * worst tier any of the four metrics has (metrics without a value are left
 * out); `null` when there is no tier to compare.
 */
export function rowTier(
  row: Pick<ComparisonRow, 'dora'>,
  metric: TierFilterMetric,
): DoraTier | null {
  if (metric !== 'lowest') return row.dora[metric].tier;
  let worst: DoraTier | null = null;
  for (const name of TIERED_METRICS) {
    const tier = row.dora[name].tier;
    if (
      tier &&
      (!worst || DORA_TIERS.indexOf(tier) > DORA_TIERS.indexOf(worst))
    ) {
      worst = tier;
    }
  }
  return worst;
}
