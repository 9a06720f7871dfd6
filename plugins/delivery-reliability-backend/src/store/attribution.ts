import {
  AttributionDeployment,
  AttributionIncident,
  attributeIncidents,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { chunk, toMs } from '../database/clientInfo';
import { DbRow } from './rowToView';

/** Columns the attribution rule needs from `deployments`. */
export const ATTRIBUTION_DEPLOYMENT_COLUMNS = [
  'id',
  'entity_ref',
  'environment',
  'status',
  'finished_at',
];

function toAttributionDeployment(row: DbRow): AttributionDeployment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    status: row.status,
    finishedAt: new Date(toMs(row.finished_at)).toISOString(),
  };
}

function toAttributionIncident(row: DbRow): AttributionIncident {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    startedAt: new Date(toMs(row.started_at)).toISOString(),
    deploymentId: row.deployment_id ?? undefined,
  };
}

/**
 * Applies the shared attribution rule (common `attributeIncidents`) to stored
 * rows; `deploymentRows` must hold every candidate the rule may pick.
 * @internal
 */
export function attributeRows(
  incidentRows: DbRow[],
  deploymentRows: DbRow[],
  productionEnvironments: string[],
): Map<string, string | undefined> {
  return attributeIncidents(
    incidentRows.map(toAttributionIncident),
    deploymentRows.map(toAttributionDeployment),
    { productionEnvironments },
  );
}

// Two bound parameters per incident; keeps well under SQLite's 32,766.
const INCIDENTS_PER_LOOKUP = 5_000;

/**
 * Loads, for each incident of one entity, the production deployments of its
 * environment that finished last at or before its start (all of them when
 * several finished at that instant). These are the only deployments the
 * attribution rule can pick by time, so a page never reads whole histories.
 * @internal
 */
export async function loadLatestProductionDeploymentsBefore(
  knex: Knex,
  entityRef: string,
  incidentRows: DbRow[],
  productionEnvironments: string[],
): Promise<DbRow[]> {
  const lookups = incidentRows.filter(
    row =>
      !row.deployment_id && productionEnvironments.includes(row.environment),
  );
  const found = new Map<string, DbRow>();
  for (const part of chunk(lookups, INCIDENTS_PER_LOOKUP)) {
    const values = part
      .map(() => '(cast(? as varchar(255)), cast(? as bigint))')
      .join(', ');
    const bindings = part.flatMap(row => [
      row.environment,
      toMs(row.started_at),
    ]);
    const result = await knex.raw(
      `with starts (environment, started_at) as (values ${values})
       select distinct d.id, d.entity_ref, d.environment, d.status, d.finished_at
       from starts s
       join deployments d
         on d.entity_ref = ? and d.environment = s.environment
        and d.status = 'succeeded'
        and d.finished_at = (
          select max(d2.finished_at) from deployments d2
          where d2.entity_ref = ? and d2.environment = s.environment
            and d2.status = 'succeeded' and d2.finished_at <= s.started_at)`,
      [...bindings, entityRef, entityRef],
    );
    // pg answers { rows }, better-sqlite3 an array of rows.
    const rows: DbRow[] = Array.isArray(result) ? result : result.rows;
    for (const row of rows) found.set(row.id, row);
  }
  return [...found.values()];
}
