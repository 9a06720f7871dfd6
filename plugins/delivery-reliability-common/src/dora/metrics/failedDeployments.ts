import { attributeDoraIncidents } from './attribution';
import {
  entityEnvironmentKey,
  isDoraRollback,
  productionDeploymentsOf,
} from './production';
import { DoraDeployment, DoraIncident, DoraInput, DoraOptions } from './types';

/** Why a production deployment counts as failed. @public */
export interface DeploymentFailure {
  deployment: DoraDeployment;
  /** Production rollbacks that revert it (named or by default), earliest finish first. */
  rollbacks: DoraDeployment[];
  /** Incidents attributed to it (see {@link attributeDoraIncidents}). */
  incidents: DoraIncident[];
}

/**
 * Which deployment each production rollback reverts (DESIGN.md "Failed
 * deployment"):
 *
 * - the deployment it names in `rollsBack`, if that is a production
 *   deployment that finished at or before the rollback (a rollback is
 *   "later" than what it reverts; naming a deployment that finished after it
 *   is inconsistent data and reverts nothing);
 * - a rollback that names none reverts the latest non-rollback production
 *   deployment of the same entity and environment that finished strictly
 *   before it (equal finishes: the smallest id).
 *
 * Failed-status and non-production rollbacks are not production deployments
 * and revert nothing.
 *
 * @returns rollback id → id of the deployment it reverts.
 * @public
 */
export function resolveRollbackTargets(
  deployments: readonly DoraDeployment[],
  options: DoraOptions = {},
): Map<string, string> {
  const production = productionDeploymentsOf(deployments, options);
  const byId = new Map(production.map(d => [d.id, d]));
  // Non-rollbacks per entity+environment, ascending by finish then id.
  const planned = new Map<string, DoraDeployment[]>();
  for (const d of production) {
    if (isDoraRollback(d)) continue;
    const key = entityEnvironmentKey(d.entityRef, d.environment);
    const group = planned.get(key);
    if (group) group.push(d);
    else planned.set(key, [d]);
  }

  const targets = new Map<string, string>();
  for (const rollback of production) {
    if (!isDoraRollback(rollback)) continue;
    if (rollback.rollsBack) {
      const named = byId.get(rollback.rollsBack);
      if (
        named &&
        named.id !== rollback.id &&
        named.finishedAtMs <= rollback.finishedAtMs
      ) {
        targets.set(rollback.id, named.id);
      }
      continue;
    }
    const group = planned.get(
      entityEnvironmentKey(rollback.entityRef, rollback.environment),
    );
    const target = group && latestBefore(group, rollback.finishedAtMs);
    if (target) targets.set(rollback.id, target.id);
  }
  return targets;
}

/**
 * Classifies failed deployments (DESIGN.md "Failed deployment"): a
 * production deployment is failed when a later rollback reverts it (see
 * {@link resolveRollbackTargets}) or when at least one incident is attributed
 * to it (see {@link attributeDoraIncidents}). Uses the whole input, not a
 * window: the rollback or incident may come long after the deployment.
 *
 * @returns the failed production deployments only, keyed by deployment id.
 * @public
 */
export function classifyFailedDeployments(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  options: DoraOptions = {},
): Map<string, DeploymentFailure> {
  const production = productionDeploymentsOf(input.deployments, options);
  const byId = new Map(production.map(d => [d.id, d]));
  const failures = new Map<string, DeploymentFailure>();
  const failureOf = (deployment: DoraDeployment) => {
    let failure = failures.get(deployment.id);
    if (!failure) {
      failure = { deployment, rollbacks: [], incidents: [] };
      failures.set(deployment.id, failure);
    }
    return failure;
  };

  // `production` is sorted by finish, so rollbacks are pushed earliest first.
  const targets = resolveRollbackTargets(production, options);
  for (const rollback of production) {
    const targetId = targets.get(rollback.id);
    if (targetId) failureOf(byId.get(targetId)!).rollbacks.push(rollback);
  }

  const attribution = attributeDoraIncidents(
    input.incidents,
    production,
    options,
  );
  for (const incident of input.incidents) {
    const deploymentId = attribution.get(incident.id);
    const deployment = deploymentId ? byId.get(deploymentId) : undefined;
    // Incidents naming a non-production or unknown deployment fail nothing here.
    if (deployment) failureOf(deployment).incidents.push(incident);
  }
  return failures;
}

/** Last entry finished strictly before `timeMs` ("earlier"); equal finishes: smallest id. */
function latestBefore(
  sorted: readonly DoraDeployment[],
  timeMs: number,
): DoraDeployment | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].finishedAtMs < timeMs) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  // Walk back over equal finishes to the smallest id (the list is id-ascending).
  let index = lo - 1;
  while (
    index > 0 &&
    sorted[index - 1].finishedAtMs === sorted[index].finishedAtMs
  ) {
    index--;
  }
  return sorted[index];
}
