// Hand-built DORA reports and SLO lists for the verdict's worked examples.
import { DoraMetricsReport } from '../../dora/api';
import { DoraTier } from '../../dora/tiers/types';
import { SloBudgetStatus } from '../../slo/policy/status';
import { VerdictSlo } from '../types';
export const HOUR = 3_600;
export const DAY = 86_400;

/**
 * A DORA report built by hand. Values follow from the counts (perDay =
 * deployments / days, ratio = failed / deployments); tiers are given by the
 * caller, read off the 2023 table in DESIGN.md: frequency ≥ 1/day elite,
 * ≥ 1/week high, ≥ 1/30 d medium; lead time < 1 d elite, < 1 week high,
 * < 30 d medium; CFR ≤ 5 % elite, ≤ 10 % high, ≤ 15 % medium.
 */
export function report(r: {
  deployments: number;
  days: number;
  frequencyTier: DoraTier | null;
  failed?: number;
  leadTimeP50Seconds?: number | null;
  leadTimeTier?: DoraTier | null;
  cfrTier?: DoraTier | null;
}): DoraMetricsReport {
  const failed = r.failed ?? 0;
  const p50 = r.leadTimeP50Seconds ?? null;
  const ratio = r.deployments > 0 ? failed / r.deployments : null;
  return {
    deploymentFrequency: {
      deployments: r.deployments,
      days: r.days,
      perDay: r.deployments / r.days,
      tier: r.frequencyTier,
    },
    leadTimeForChanges: {
      n: p50 === null ? 0 : r.deployments,
      p50Seconds: p50,
      p90Seconds: p50,
      tier: r.leadTimeTier ?? null,
    },
    changeFailureRate: {
      deployments: r.deployments,
      failed,
      ratio,
      tier: r.cfrTier ?? null,
    },
    failedDeploymentRecoveryTime: {
      failed,
      unresolved: 0,
      n: failed,
      p50Seconds: failed > 0 ? HOUR : null,
      tier: failed > 0 ? 'high' : null,
    },
    deploymentReworkRate: {
      deployments: r.deployments,
      unplanned: 0,
      ratio: r.deployments > 0 ? 0 : null,
      tier: null,
    },
  };
}

/** SLOs in the given statuses, named slo-1, slo-2, … */
export const slos = (...statuses: SloBudgetStatus[]): VerdictSlo[] =>
  statuses.map((status, i) => ({
    name: `slo-${i + 1}`,
    status,
    budgetRemainingRatio: {
      ok: 0.8,
      'at-risk': 0.1,
      frozen: -0.2,
      'no-data': null,
    }[status],
  }));

// Fast delivery over 30 days: 45 deployments = 1.5/day (elite), lead time
// p50 5 h (< 1 d: elite), 1 failed of 45 = 2.2 % (≤ 5 %: elite).
export const fast = report({
  deployments: 45,
  days: 30,
  frequencyTier: 'elite',
  failed: 1,
  leadTimeP50Seconds: 5 * HOUR,
  leadTimeTier: 'elite',
  cfrTier: 'elite',
});
