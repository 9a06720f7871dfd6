import {
  DoraDeployment,
  resolveRollbackTargets,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { toMs } from '../database/clientInfo';
import { DbRow } from './rowToView';

const COLUMNS = [
  'id',
  'entity_ref',
  'environment',
  'status',
  'finished_at',
  'rollback',
  'rolls_back',
  'hotfix',
];

function toDoraDeployment(row: DbRow): DoraDeployment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    status: row.status,
    finishedAtMs: toMs(row.finished_at),
    rollback: Boolean(row.rollback) || Boolean(row.rolls_back),
    ...(row.rolls_back && { rollsBack: row.rolls_back }),
    hotfix: Boolean(row.hotfix),
    changeIds: [],
  };
}

/**
 * Which production rollbacks revert each deployment of a page, decided by
 * `resolveRollbackTargets` (the one definition in -common) over every
 * deployment that can matter:
 *
 * - rollbacks naming a page deployment (`rolls_back`);
 * - per production environment, every production deployment finished from
 *   the page's earliest production finish up to and including the first
 *   non-rollback finish after its latest: an unnamed rollback reverts the
 *   latest earlier non-rollback, so any rollback that can revert a page
 *   deployment, and any deployment that could be reverted instead, lies there.
 *
 * @returns deployment id → rollback ids, earliest first.
 * @internal
 */
export async function loadRollbacksOfDeployments(
  knex: Knex,
  entityRef: string,
  pageRows: DbRow[],
  productionEnvironments: string[],
): Promise<Map<string, string[]>> {
  const loaded = new Map<string, DbRow>();
  const ids = pageRows.map(row => row.id);
  for (const row of await knex('deployments')
    .whereIn('rolls_back', ids)
    .select(COLUMNS)) {
    loaded.set(row.id, row);
  }
  for (const environment of productionEnvironments) {
    const finishes = pageRows
      .filter(r => r.environment === environment && r.status === 'succeeded')
      .map(r => toMs(r.finished_at));
    if (finishes.length === 0) continue;
    const production = () =>
      knex('deployments').where({
        entity_ref: entityRef,
        environment,
        status: 'succeeded',
      });
    const [{ next }] = await production()
      .where('finished_at', '>', Math.max(...finishes))
      .where('rollback', false)
      .whereNull('rolls_back')
      .min({ next: 'finished_at' });
    const query = production()
      .where('finished_at', '>=', Math.min(...finishes))
      .select(COLUMNS);
    if (next !== null && next !== undefined) {
      query.where('finished_at', '<=', toMs(next));
    }
    for (const row of await query) loaded.set(row.id, row);
  }
  for (const row of pageRows) loaded.set(row.id, row);

  const deployments = [...loaded.values()].map(toDoraDeployment);
  const finishOf = new Map(deployments.map(d => [d.id, d.finishedAtMs]));
  const targets = resolveRollbackTargets(deployments, {
    productionEnvironments,
  });
  const rollbacksOf = new Map<string, string[]>();
  for (const [rollbackId, targetId] of targets) {
    rollbacksOf.set(targetId, [
      ...(rollbacksOf.get(targetId) ?? []),
      rollbackId,
    ]);
  }
  for (const list of rollbacksOf.values()) {
    list.sort(
      (a, b) => finishOf.get(a)! - finishOf.get(b)! || (a < b ? -1 : 1),
    );
  }
  return rollbacksOf;
}
