import { productionDeploymentsOf } from './production';
import { DeploymentFrequencyResult } from './results';
import { DoraInput, DoraOptions, DoraWindow } from './types';
import { assertValidWindow, isInWindow, windowDays } from './window';

/**
 * Deployment frequency (DESIGN.md): the production deployments (environment
 * in `productionEnvironments`, status `succeeded`, rollbacks included) that
 * finished in the half-open window `[from, to)`, and that count per day:
 * `perDay = deployments / window days`.
 *
 * No deployments in a non-empty window is a measured `perDay = 0`, not
 * missing data; `perDay` is `null` only for a zero-length window.
 * @public
 */
export function deploymentFrequency(
  input: Pick<DoraInput, 'deployments'>,
  window: DoraWindow,
  options: DoraOptions = {},
): DeploymentFrequencyResult {
  assertValidWindow(window);
  const deployments = productionDeploymentsOf(
    input.deployments,
    options,
  ).filter(d => isInWindow(d.finishedAtMs, window)).length;
  const days = windowDays(window);
  return { deployments, days, perDay: days > 0 ? deployments / days : null };
}
