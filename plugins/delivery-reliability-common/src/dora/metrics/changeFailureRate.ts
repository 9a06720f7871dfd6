import {
  DeploymentFailure,
  classifyFailedDeployments,
} from './failedDeployments';
import { productionDeploymentsOf } from './production';
import { ChangeFailureRateResult } from './results';
import { DoraDeployment, DoraInput, DoraOptions, DoraWindow } from './types';
import { assertValidWindow, isInWindow } from './window';

/**
 * Change failure rate (DESIGN.md): failed / all production deployments that
 * finished in `[from, to)`. A deployment belongs to the window of its own
 * finish, not of the incident or rollback that failed it (see
 * {@link classifyFailedDeployments}, which looks at the whole input).
 * `ratio` is `null` when no production deployment finished in the window.
 * @public
 */
export function changeFailureRate(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  window: DoraWindow,
  options: DoraOptions = {},
): ChangeFailureRateResult {
  assertValidWindow(window);
  return changeFailureRateOf(
    productionDeploymentsOf(input.deployments, options),
    classifyFailedDeployments(input, options),
    window,
  );
}

/** The ratio from already classified deployments, so callers can share the classification. */
export function changeFailureRateOf(
  production: readonly DoraDeployment[],
  failures: ReadonlyMap<string, DeploymentFailure>,
  window: DoraWindow,
): ChangeFailureRateResult {
  const inWindow = production.filter(d => isInWindow(d.finishedAtMs, window));
  const failed = inWindow.filter(d => failures.has(d.id)).length;
  const deployments = inWindow.length;
  return {
    deployments,
    failed,
    ratio: deployments > 0 ? failed / deployments : null,
  };
}
