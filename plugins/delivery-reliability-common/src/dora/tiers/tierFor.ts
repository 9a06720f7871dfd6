import { DoraMetrics } from '../metrics/results';
import { getDoraTierTable } from './tables';
import {
  DoraMetricName,
  DoraTier,
  DoraTierBounds,
  DoraTierTable,
} from './types';

interface TierRule {
  bounds: (table: DoraTierTable) => DoraTierBounds;
  meets: (value: number, bound: number) => boolean;
}

// Inclusive/exclusive per DESIGN.md: "≥ 1/day", "< 1 day", "≤ 5 %", "< 1 hour".
const RULES: Record<
  Exclude<DoraMetricName, 'deploymentReworkRate'>,
  TierRule
> = {
  deploymentFrequency: {
    bounds: t => t.deploymentFrequencyPerDay,
    meets: (v, b) => v >= b,
  },
  leadTimeForChanges: {
    bounds: t => t.leadTimeSeconds,
    meets: (v, b) => v < b,
  },
  changeFailureRate: {
    bounds: t => t.changeFailureRatio,
    meets: (v, b) => v <= b,
  },
  failedDeploymentRecoveryTime: {
    bounds: t => t.recoveryTimeSeconds,
    meets: (v, b) => v < b,
  },
};

const BETTER_THAN_LOW = ['elite', 'high', 'medium'] as const;

/**
 * The tier of one metric value under a report's table (default 2023):
 * tiers are tried best first and the first whose bound the value meets wins,
 * else `low`. Values are the headline numbers of the metric results:
 * deployments `perDay`, lead time `p50Seconds`, change failure `ratio`,
 * recovery `p50Seconds`. Returns `null` for a `null` (or non-finite) value
 * and always for `deploymentReworkRate`, which DORA publishes without tiers.
 * @public
 */
export function tierFor(
  metric: DoraMetricName,
  value: number | null,
  table: DoraTierTable = getDoraTierTable(),
): DoraTier | null {
  if (metric === 'deploymentReworkRate') return null;
  if (value === null || !Number.isFinite(value)) return null;
  const rule = RULES[metric];
  const bounds = rule.bounds(table);
  for (const tier of BETTER_THAN_LOW) {
    const bound = bounds[tier];
    if (bound !== null && rule.meets(value, bound)) return tier;
  }
  return 'low';
}

/**
 * The tier of each of the five metrics, from their headline values (see
 * {@link tierFor}); rework rate is always `null`.
 * @public
 */
export function tiersForDoraMetrics(
  metrics: DoraMetrics,
  table: DoraTierTable = getDoraTierTable(),
): Record<DoraMetricName, DoraTier | null> {
  return {
    deploymentFrequency: tierFor(
      'deploymentFrequency',
      metrics.deploymentFrequency.perDay,
      table,
    ),
    leadTimeForChanges: tierFor(
      'leadTimeForChanges',
      metrics.leadTimeForChanges.p50Seconds,
      table,
    ),
    changeFailureRate: tierFor(
      'changeFailureRate',
      metrics.changeFailureRate.ratio,
      table,
    ),
    failedDeploymentRecoveryTime: tierFor(
      'failedDeploymentRecoveryTime',
      metrics.failedDeploymentRecoveryTime.p50Seconds,
      table,
    ),
    deploymentReworkRate: null,
  };
}
