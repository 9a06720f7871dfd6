import { isDoraRollback, productionDeploymentsOf } from './production';
import { ReworkRateResult } from './results';
import { DoraInput, DoraOptions, DoraWindow } from './types';
import { assertValidWindow, isInWindow } from './window';

/**
 * Deployment rework rate (DORA 2024; DESIGN.md): unplanned / all production
 * deployments that finished in `[from, to)`, where a deployment is unplanned
 * when it is a rollback, is marked `hotfix`, or is named by any incident as
 * its fix (`fixedByDeploymentId`, incidents of any time). Shown without a
 * tier. `ratio` is `null` when no production deployment finished in the window.
 * @public
 */
export function deploymentReworkRate(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  window: DoraWindow,
  options: DoraOptions = {},
): ReworkRateResult {
  assertValidWindow(window);
  const unplannedIds = unplannedDeploymentIds(input, options);
  const inWindow = productionDeploymentsOf(input.deployments, options).filter(
    d => isInWindow(d.finishedAtMs, window),
  );
  const unplanned = inWindow.filter(d => unplannedIds.has(d.id)).length;
  const deployments = inWindow.length;
  return {
    deployments,
    unplanned,
    ratio: deployments > 0 ? unplanned / deployments : null,
  };
}

/**
 * The ids of the unplanned production deployments (DESIGN.md "Deployment
 * rework rate"): rollbacks, deployments marked `hotfix`, and deployments any
 * incident names as its fix (`fixedByDeploymentId`, incidents of any time).
 * Lets callers that bucket deployments themselves (e.g. daily rollups) apply
 * the same rule as {@link deploymentReworkRate}.
 * @public
 */
export function unplannedDeploymentIds(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  options: DoraOptions = {},
): Set<string> {
  const fixes = new Set(
    input.incidents.flatMap(i =>
      i.fixedByDeploymentId ? [i.fixedByDeploymentId] : [],
    ),
  );
  return new Set(
    productionDeploymentsOf(input.deployments, options)
      .filter(d => isDoraRollback(d) || d.hotfix || fixes.has(d.id))
      .map(d => d.id),
  );
}
