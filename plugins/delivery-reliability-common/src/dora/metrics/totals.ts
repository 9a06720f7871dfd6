import { DoraMetrics, LeadTimeResult, RecoveryTimeResult } from './results';
import { DoraWindow } from './types';
import { assertValidWindow, windowDays } from './window';

/**
 * What pre-aggregated data (e.g. the backend's daily rollups) knows about a
 * window: counts summed over its days and quantiles taken from the merged
 * samples of those days — never averages of per-day or per-service values.
 * @public
 */
export interface DoraTotals {
  /** Production deployments finished in the window. */
  deployments: number;
  /** Those of them classified as failed. */
  failed: number;
  /** Those of them that were unplanned (rollback, hotfix or an incident's fix). */
  unplanned: number;
  /** Lead time of the changes first deployed in the window. */
  leadTime: LeadTimeResult;
  /** Recovery of the failed deployments finished in the window. */
  recovery: RecoveryTimeResult;
}

function ratioOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The five metrics from {@link DoraTotals}, with the same rules the
 * single-metric functions apply (`perDay = deployments / window days`, `null`
 * for a zero-length window; ratios `null` without deployments), so that an
 * answer built from rollups has the exact shape and conventions of
 * `computeDoraMetrics` over the raw events.
 * @public
 */
export function doraMetricsFromTotals(
  totals: DoraTotals,
  window: DoraWindow,
): DoraMetrics {
  assertValidWindow(window);
  const { deployments, failed, unplanned } = totals;
  const days = windowDays(window);
  return {
    deploymentFrequency: {
      deployments,
      days,
      perDay: days > 0 ? deployments / days : null,
    },
    leadTimeForChanges: { ...totals.leadTime },
    changeFailureRate: {
      deployments,
      failed,
      ratio: ratioOf(failed, deployments),
    },
    failedDeploymentRecoveryTime: { ...totals.recovery },
    deploymentReworkRate: {
      deployments,
      unplanned,
      ratio: ratioOf(unplanned, deployments),
    },
  };
}
