import {
  DeploymentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { attributeRows } from './attribution';
import { compareIds } from './compareIds';
import { loadIncidentsOfDeployments } from './loadIncidentsOfDeployments';
import { loadRollbacksOfDeployments } from './loadRollbacksOfDeployments';
import {
  DbRow,
  toChangeView,
  toDeploymentView,
  toIncidentView,
} from './rowToView';
import { PageRequest } from './types';
import { toMs } from '../database/clientInfo';

async function loadChanges(knex: Knex, deploymentIds: string[]) {
  return knex('deployment_changes as l')
    .join('changes as c', 'c.id', 'l.change_id')
    .whereIn('l.deployment_id', deploymentIds)
    .select('l.deployment_id as link_deployment_id', 'c.*')
    .orderBy([
      { column: 'l.deployment_id', order: 'asc' },
      { column: 'l.position', order: 'asc' },
    ]);
}

function byStart(a: DbRow, b: DbRow): number {
  const diff = toMs(a.started_at) - toMs(b.started_at);
  return diff || compareIds(a.id, b.id);
}

/**
 * Deployments of an entity, newest finish first (ties by id), each with the
 * changes it ships (in `changeIds` order; changes not stored yet are left
 * out), the incidents attributed to it (oldest start first), the rollbacks
 * that revert it and whether it counts as a failed deployment.
 * @internal
 */
export async function listDeployments(
  knex: Knex,
  entityRef: string,
  request: PageRequest & { environment?: string },
  productionEnvironments: string[],
): Promise<Page<DeploymentView>> {
  const { limit, offset, environment } = request;
  const filtered = () => {
    const query = knex('deployments').where('entity_ref', entityRef);
    return environment ? query.andWhere('environment', environment) : query;
  };
  const [{ count }] = await filtered().count({ count: '*' });
  const rows = await filtered()
    .orderBy([
      { column: 'finished_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit)
    .offset(offset);
  const page: Page<DeploymentView> = {
    items: rows.map(toDeploymentView),
    totalCount: Number(count),
    limit,
    offset,
  };
  if (rows.length === 0) return page;

  const byId = new Map(page.items.map(item => [item.id, item]));
  const ids = [...byId.keys()];

  for (const row of await loadChanges(knex, ids)) {
    byId.get(row.link_deployment_id)?.changes.push(toChangeView(row));
  }

  const { incidents, candidates } = await loadIncidentsOfDeployments(
    knex,
    entityRef,
    rows,
    productionEnvironments,
  );
  const attribution = attributeRows(
    incidents,
    candidates,
    productionEnvironments,
  );
  for (const incident of incidents.sort(byStart)) {
    const deploymentId = attribution.get(incident.id);
    const deployment = deploymentId ? byId.get(deploymentId) : undefined;
    deployment?.incidents.push(toIncidentView(incident, deploymentId));
  }

  const rollbacks = await loadRollbacksOfDeployments(
    knex,
    entityRef,
    rows,
    productionEnvironments,
  );
  for (const item of page.items) {
    const production =
      item.status === 'succeeded' &&
      productionEnvironments.includes(item.environment);
    const rolledBackBy = rollbacks.get(item.id);
    if (rolledBackBy) item.rolledBackBy = rolledBackBy;
    item.failed =
      production && (item.incidents.length > 0 || Boolean(rolledBackBy));
  }
  return page;
}
