import { Knex } from 'knex';
import { toMs } from '../database/clientInfo';

/** A production deployment as the burn computation needs it. @internal */
export interface ProductionDeployment {
  id: string;
  environment: string;
  finishedAtMs: number;
  version?: string;
}

/** What {@link listProductionDeployments} selects. @internal */
export interface ProductionDeploymentsRequest {
  entityRef: string;
  /** The environments that count as production. */
  environments: readonly string[];
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  limit: number;
}

/**
 * Production deployments of one entity finished in `[fromMs, toMs)`:
 * succeeded, to a production environment (rollbacks included, as DESIGN.md
 * counts them), newest finish first, ties by id, at most `limit`. Served
 * by the `(entity_ref, environment, finished_at)` index.
 * @internal
 */
export async function listProductionDeployments(
  knex: Knex,
  request: ProductionDeploymentsRequest,
): Promise<ProductionDeployment[]> {
  const rows = await knex('deployments')
    .where('entity_ref', request.entityRef)
    .whereIn('environment', [...request.environments])
    .andWhere('status', 'succeeded')
    .andWhere('finished_at', '>=', request.fromMs)
    .andWhere('finished_at', '<', request.toMs)
    .orderBy([
      { column: 'finished_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(request.limit)
    .select('id', 'environment', 'finished_at', 'version');
  return rows.map(row => ({
    id: row.id,
    environment: row.environment,
    finishedAtMs: toMs(row.finished_at),
    ...(row.version !== null && row.version !== undefined
      ? { version: row.version }
      : {}),
  }));
}
