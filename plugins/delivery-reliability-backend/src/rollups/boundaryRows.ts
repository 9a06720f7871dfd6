import { Knex } from 'knex';
import { isSqlite, toMs } from '../database/clientInfo';
import { RollupCounts, addCounts } from './computeRollups';
import { COUNT_COLUMNS } from './rollupRows';
import { SqlRow, rowsOf } from './sql';

/**
 * Running totals just before one boundary: counts, and the stored samples
 * of every row counted, concatenated (see sketchCodec), still encoded.
 * @internal
 */
export interface BoundaryRow extends RollupCounts {
  leadTimeSketch: string;
  recoverySketch: string;
}

/** What {@link readBoundaryRows} reads. @internal */
export interface BoundaryQuery {
  entityRefs: readonly string[];
  environments: readonly string[];
  /** Distinct day-aligned boundaries (epoch ms). */
  boundaries: readonly number[];
  /** One row per entity instead of one over all of them (key `''`). */
  byEntity: boolean;
}

const COLUMNS = [
  ...COUNT_COLUMNS.map(([column]) => column),
  'lead_time_sketch',
  'recovery_sketch',
];

/** The statement for one list of entities; see {@link readBoundaryRows}. */
function boundarySql(sqlite: boolean, query: BoundaryQuery): string {
  const concat = sqlite ? 'group_concat' : 'string_agg';
  const select = query.byEntity
    ? `select b.t, e.entity_ref as entity_key, ${COLUMNS.map(
        c => `r.${c}`,
      ).join(', ')}`
    : `select b.t, '' as entity_key, ${COUNT_COLUMNS.map(
        ([c]) => `sum(r.${c}) as ${c}`,
      ).join(', ')}, ${concat}(r.lead_time_sketch, '') as lead_time_sketch,
        ${concat}(r.recovery_sketch, '') as recovery_sketch`;
  const groupBy = query.byEntity ? '' : 'group by b.t';
  if (!sqlite) {
    return `${select}
      from unnest(?::varchar[]) as e(entity_ref)
      cross join unnest(?::varchar[]) as v(environment)
      cross join unnest(?::bigint[]) as b(t)
      cross join lateral (
        select ${COLUMNS.join(', ')} from dora_rollup_days d
        where d.entity_ref = e.entity_ref and d.environment = v.environment
          and d.day_start < b.t
        order by d.day_start desc limit 1) r
      ${groupBy}`;
  }
  const values = (items: readonly unknown[]) =>
    items.map(() => '(?)').join(', ');
  // SQLite has no LATERAL; its min/max optimization answers the correlated
  // max() with one index probe.
  return `with e(entity_ref) as (values ${values(query.entityRefs)}),
      v(environment) as (values ${values(query.environments)}),
      b(t) as (values ${values(query.boundaries)})
    ${select}
    from e cross join v cross join b
    join dora_rollup_days r
      on r.entity_ref = e.entity_ref and r.environment = v.environment
     and r.day_start = (select max(d.day_start) from dora_rollup_days d
                        where d.entity_ref = e.entity_ref and d.environment = v.environment
                          and d.day_start < b.t)
    ${groupBy}`;
}

// Spelled out rather than looped over COUNT_COLUMNS: thousands of rows per
// request, and a literal gives them all one shape.
function boundaryRowOf(row: SqlRow): BoundaryRow {
  // pg answers sums of integers as bigint strings.
  return {
    deployments: Number(row.deployments),
    failed: Number(row.failed),
    unplanned: Number(row.unplanned),
    leadTimeN: Number(row.lead_time_n),
    recoveryFailed: Number(row.recovery_failed),
    recoveryUnresolved: Number(row.recovery_unresolved),
    recoveryN: Number(row.recovery_n),
    leadTimeSketch: row.lead_time_sketch ?? '',
    recoverySketch: row.recovery_sketch ?? '',
  };
}

/**
 * The last rollup row before each boundary of every entity and environment
 * in ONE statement (one index probe each). Per entity the rows come back as
 * they are and environments are added up here: a database aggregate over a
 * thousand small groups costs more than it saves (PostgreSQL spilled it to
 * disk). Over all entities the database sums counts and concatenates
 * samples, so one long value per boundary comes back.
 * @returns boundary → entity ref (or `''`) → totals; absent: no rows.
 * @internal
 */
export async function readBoundaryRows(
  knex: Knex,
  query: BoundaryQuery,
): Promise<Map<number, Map<string, BoundaryRow>>> {
  const sqlite = isSqlite(knex);
  const { entityRefs, environments, boundaries } = query;
  const result = await knex.raw(
    boundarySql(sqlite, query),
    sqlite
      ? [...entityRefs, ...environments, ...boundaries]
      : ([entityRefs, environments, boundaries] as any[]),
  );

  const at = new Map<number, Map<string, BoundaryRow>>();
  for (const row of rowsOf(result)) {
    const t = toMs(row.t);
    let byKey = at.get(t);
    if (!byKey) at.set(t, (byKey = new Map()));
    const known = byKey.get(row.entity_key);
    const totals = boundaryRowOf(row);
    if (!known) {
      byKey.set(row.entity_key, totals);
    } else {
      // Another environment of the same entity: base64 records concatenate.
      addCounts(known, totals);
      known.leadTimeSketch += totals.leadTimeSketch;
      known.recoverySketch += totals.recoverySketch;
    }
  }
  return at;
}
