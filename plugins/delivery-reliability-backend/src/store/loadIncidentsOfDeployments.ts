import { Knex } from 'knex';
import { toMs } from '../database/clientInfo';
import { ATTRIBUTION_DEPLOYMENT_COLUMNS } from './attribution';
import { DbRow } from './rowToView';

/**
 * Loads the incidents that may be attributed to the given deployments of one
 * entity, and every deployment the attribution rule could pick for them:
 *
 * - incidents naming one of the deployments;
 * - per production environment on the page, incidents without a named
 *   deployment that started in `[lo, hi)`, where `lo` is the page's earliest
 *   production finish there and `hi` the first production finish after the
 *   page's latest one. Any such incident's latest earlier production
 *   deployment finished in `[lo, hi)`, so those deployments are the candidates.
 * @internal
 */
export async function loadIncidentsOfDeployments(
  knex: Knex,
  entityRef: string,
  deploymentRows: DbRow[],
  productionEnvironments: string[],
): Promise<{ incidents: DbRow[]; candidates: DbRow[] }> {
  const incidents = new Map<string, DbRow>();
  const candidates = new Map<string, DbRow>();

  const named = await knex('incidents').whereIn(
    'deployment_id',
    deploymentRows.map(row => row.id),
  );
  named.forEach(row => incidents.set(row.id, row));

  const finishesByEnvironment = new Map<string, number[]>();
  for (const row of deploymentRows) {
    if (row.status !== 'succeeded') continue;
    if (!productionEnvironments.includes(row.environment)) continue;
    const finishes = finishesByEnvironment.get(row.environment) ?? [];
    finishes.push(toMs(row.finished_at));
    finishesByEnvironment.set(row.environment, finishes);
  }

  for (const [environment, finishes] of finishesByEnvironment) {
    const lo = Math.min(...finishes);
    const latest = Math.max(...finishes);
    const production = () =>
      knex('deployments').where({
        entity_ref: entityRef,
        environment,
        status: 'succeeded',
      });
    const [{ next }] = await production()
      .where('finished_at', '>', latest)
      .min({ next: 'finished_at' });
    const hi = next === null || next === undefined ? undefined : toMs(next);

    const inWindow = (query: Knex.QueryBuilder, column: string) => {
      query.where(column, '>=', lo);
      if (hi !== undefined) query.where(column, '<', hi);
      return query;
    };
    const deploymentsInWindow = await inWindow(
      production().select(ATTRIBUTION_DEPLOYMENT_COLUMNS),
      'finished_at',
    );
    deploymentsInWindow.forEach((row: DbRow) => candidates.set(row.id, row));
    const incidentsInWindow = await inWindow(
      knex('incidents')
        .where({ entity_ref: entityRef, environment })
        .whereNull('deployment_id'),
      'started_at',
    );
    incidentsInWindow.forEach((row: DbRow) => incidents.set(row.id, row));
  }
  return {
    incidents: [...incidents.values()],
    candidates: [...candidates.values()],
  };
}
