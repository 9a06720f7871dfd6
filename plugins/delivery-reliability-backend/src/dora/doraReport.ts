import {
  DoraMetricsReport,
  DoraTierTable,
  doraMetricsFromTotals,
  tiersForDoraMetrics,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { RollupTotals } from '../rollups/readRollupTotals';
import { DayWindow } from './doraWindow';

/**
 * The five metrics of a window from rollup totals: counts as summed, p50/p90
 * from the merged samples (never an average of per-day or per-service
 * quantiles), shaped and tiered by common's functions.
 * @internal
 */
export function reportOfTotals(
  totals: RollupTotals,
  window: DayWindow,
  tierTable: DoraTierTable,
): DoraMetricsReport {
  const [leadP50, leadP90] = totals.leadTime.quantiles([0.5, 0.9]);
  const [recoveryP50] = totals.recovery.quantiles([0.5]);
  const metrics = doraMetricsFromTotals(
    {
      deployments: totals.deployments,
      failed: totals.failed,
      unplanned: totals.unplanned,
      leadTime: {
        n: totals.leadTimeN,
        p50Seconds: leadP50,
        p90Seconds: leadP90,
      },
      recovery: {
        failed: totals.recoveryFailed,
        unresolved: totals.recoveryUnresolved,
        n: totals.recoveryN,
        p50Seconds: recoveryP50,
      },
    },
    window,
  );
  const tiers = tiersForDoraMetrics(metrics, tierTable);
  return {
    deploymentFrequency: {
      ...metrics.deploymentFrequency,
      tier: tiers.deploymentFrequency,
    },
    leadTimeForChanges: {
      ...metrics.leadTimeForChanges,
      tier: tiers.leadTimeForChanges,
    },
    changeFailureRate: {
      ...metrics.changeFailureRate,
      tier: tiers.changeFailureRate,
    },
    failedDeploymentRecoveryTime: {
      ...metrics.failedDeploymentRecoveryTime,
      tier: tiers.failedDeploymentRecoveryTime,
    },
    deploymentReworkRate: {
      ...metrics.deploymentReworkRate,
      tier: tiers.deploymentReworkRate,
    },
  };
}
