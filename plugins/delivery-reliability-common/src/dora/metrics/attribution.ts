import {
  DEFAULT_PRODUCTION_ENVIRONMENTS,
  attributeIncidents,
  isProductionDeployment,
} from '../attributeIncidents';
import { DoraDeployment, DoraIncident, DoraOptions } from './types';

/**
 * Incident attribution over the engine's millisecond records, delegating to
 * {@link attributeIncidents} so the backend and the metrics share one rule
 * (DESIGN.md "Incident attribution"):
 *
 * 1. an incident belongs to the deployment it names (`deploymentId`), even
 *    one not among `deployments`;
 * 2. otherwise to the latest production deployment of the same entity and
 *    environment (the incident's environment defaults to `production`) that
 *    finished at or before the incident started; equal finishes go to the
 *    smallest id;
 * 3. otherwise to none (`undefined`), e.g. an incident before any deployment.
 *
 * @returns for every incident id, the id of its deployment or `undefined`.
 * @public
 */
export function attributeDoraIncidents(
  incidents: readonly DoraIncident[],
  deployments: readonly DoraDeployment[],
  options: DoraOptions = {},
): Map<string, string | undefined> {
  const environments =
    options.productionEnvironments ?? DEFAULT_PRODUCTION_ENVIRONMENTS;
  // Only production deployments can be picked by time; skipping the rest
  // early saves formatting their times.
  const candidates = deployments
    .filter(d => isProductionDeployment(d, environments))
    .map(d => ({
      id: d.id,
      entityRef: d.entityRef,
      environment: d.environment,
      status: d.status,
      finishedAt: new Date(d.finishedAtMs).toISOString(),
    }));
  return attributeIncidents(
    incidents.map(i => ({
      id: i.id,
      entityRef: i.entityRef,
      environment: i.environment,
      startedAt: new Date(i.startedAtMs).toISOString(),
      deploymentId: i.deploymentId,
    })),
    candidates,
    { productionEnvironments: environments },
  );
}
