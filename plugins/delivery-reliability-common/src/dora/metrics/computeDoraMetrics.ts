import { changeFailureRateOf } from './changeFailureRate';
import { dedupeLatestById } from './dedupe';
import { classifyFailedDeployments } from './failedDeployments';
import { deploymentFrequency } from './deploymentFrequency';
import { leadTimeForChanges } from './leadTime';
import { productionDeploymentsOf } from './production';
import { recoverySamplesOf, summarizeRecovery } from './recoveryTime';
import { DoraMetrics } from './results';
import { deploymentReworkRate } from './reworkRate';
import { DoraInput, DoraOptions, DoraWindow } from './types';
import { assertValidWindow } from './window';

/**
 * All five DORA metrics over the half-open window `[from, to)`, exactly as
 * the single-metric functions compute them. Records are first deduplicated
 * by id per type with {@link dedupeLatestById} (a re-sent record replaces
 * the earlier one), so raw ingested history can be passed as is. For a team,
 * pass the union of its entities' records: counts are summed and quantiles
 * taken over all samples, never averaged per service.
 * @public
 */
export function computeDoraMetrics(
  input: DoraInput,
  window: DoraWindow,
  options: DoraOptions = {},
): DoraMetrics {
  assertValidWindow(window);
  const unique: DoraInput = {
    deployments: dedupeLatestById(input.deployments),
    changes: dedupeLatestById(input.changes),
    incidents: dedupeLatestById(input.incidents),
  };
  // Failure classification is the costly step; both stability metrics share it.
  const failures = classifyFailedDeployments(unique, options);
  const production = productionDeploymentsOf(unique.deployments, options);
  return {
    deploymentFrequency: deploymentFrequency(unique, window, options),
    leadTimeForChanges: leadTimeForChanges(unique, window, options),
    changeFailureRate: changeFailureRateOf(production, failures, window),
    failedDeploymentRecoveryTime: summarizeRecovery(
      recoverySamplesOf(failures, window),
    ),
    deploymentReworkRate: deploymentReworkRate(unique, window, options),
  };
}
