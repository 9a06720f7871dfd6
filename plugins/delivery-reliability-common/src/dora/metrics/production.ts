import {
  DEFAULT_PRODUCTION_ENVIRONMENTS,
  isProductionDeployment,
} from '../attributeIncidents';
import { DoraDeployment, DoraOptions } from './types';

/**
 * The production deployments among `deployments` (DESIGN.md: environment in
 * `productionEnvironments`, default `['production']`, and status
 * `succeeded`; rollbacks included), sorted by finish time ascending, ties by
 * id ascending so every metric walks them in the same order.
 * @public
 */
export function productionDeploymentsOf(
  deployments: readonly DoraDeployment[],
  options: DoraOptions = {},
): DoraDeployment[] {
  const environments =
    options.productionEnvironments ?? DEFAULT_PRODUCTION_ENVIRONMENTS;
  return deployments
    .filter(d => isProductionDeployment(d, environments))
    .sort(compareByFinishThenId);
}

/**
 * True for a rollback. A deployment that names what it rolls back is one
 * even when its `rollback` flag was left unset.
 * @public
 */
export function isDoraRollback(deployment: DoraDeployment): boolean {
  return deployment.rollback || Boolean(deployment.rollsBack);
}

/** Ascending finish time; equal finishes by ascending id, for determinism. */
export function compareByFinishThenId(
  a: DoraDeployment,
  b: DoraDeployment,
): number {
  return a.finishedAtMs - b.finishedAtMs || compareIds(a.id, b.id);
}

/** Plain code-unit order of ids, independent of the locale. */
export function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Grouping key for "the same entity and environment"; entity refs compare
 * case-insensitively, as incident attribution does.
 */
export function entityEnvironmentKey(
  entityRef: string,
  environment: string,
): string {
  return `${entityRef.toLocaleLowerCase('en-US')}\n${environment}`;
}
