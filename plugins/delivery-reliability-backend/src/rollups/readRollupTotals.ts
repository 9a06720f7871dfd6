import { Knex } from 'knex';
import { isSqlite } from '../database/clientInfo';
import { RollupCounts, emptyCounts } from './computeRollups';
import { COUNT_COLUMNS, ROLLUP_TABLES, RollupTable, startColumnOf } from './rollupRows';
import { SampleAccumulator } from './SampleAccumulator';
import { rowsOf } from './sql';
import { splitRange } from './utcCalendar';

/** A day-aligned range `[fromMs, toMs)` to total. @internal */
export interface TotalsRange {
  fromMs: number;
  toMs: number;
}

/** Summed counts and merged samples of some rollup rows. @internal */
export interface RollupTotals extends RollupCounts {
  leadTime: SampleAccumulator;
  recovery: SampleAccumulator;
}

/** Empty totals. @internal */
export function emptyTotals(): RollupTotals {
  return {
    ...emptyCounts(),
    leadTime: new SampleAccumulator(),
    recovery: new SampleAccumulator(),
  };
}

/** Adds `from` into `into` (counts summed, samples merged). @internal */
export function addTotals(into: RollupTotals, from: RollupTotals): void {
  for (const [, field] of COUNT_COLUMNS) into[field] += from[field];
  into.leadTime.addAll(from.leadTime);
  into.recovery.addAll(from.recovery);
}

/** Options of {@link readRollupTotals}. @internal */
export interface ReadTotalsOptions {
  entityRefs: readonly string[];
  environments: readonly string[];
  ranges: readonly TotalsRange[];
  /** Total per entity instead of over all of them. */
  byEntity: boolean;
}

/**
 * Totals of many entities over several ranges in ONE query: each range
 * reads whole months from `dora_rollup_months`, whole ISO weeks at its
 * edges from `dora_rollup_weeks` and only the remaining edge days from
 * `dora_rollup_days` (see splitRange); each table is scanned once for all
 * ranges. The database sums the counts and concatenates the encoded
 * samples (see sketchCodec), so a thousand services over a year come back
 * as one row per range (per entity with `byEntity`).
 *
 * @returns per range index, totals keyed by entity ref (`''` without `byEntity`).
 * @internal
 */
export async function readRollupTotals(
  knex: Knex,
  options: ReadTotalsOptions,
): Promise<Array<Map<string, RollupTotals>>> {
  const result = options.ranges.map(() => new Map<string, RollupTotals>());
  if (options.entityRefs.length === 0 || options.environments.length === 0) {
    return result;
  }
  const sqlite = isSqlite(knex);
  // Which rows of each table belong to which range.
  const pieces = new Map<RollupTable, Array<{ index: number; fromMs: number; toMs: number }>>(
    ROLLUP_TABLES.map(table => [table, []]),
  );
  options.ranges.forEach((range, index) => {
    const split = splitRange(range.fromMs, range.toMs);
    for (const [table, parts] of [
      ['dora_rollup_months', split.months],
      ['dora_rollup_weeks', split.weeks],
      ['dora_rollup_days', split.days],
    ] as const) {
      for (const part of parts) pieces.get(table)!.push({ index, ...part });
    }
  });

  const bindings: unknown[] = [];
  // SQLite: the entity list once, in a CTE; pg: one array parameter per table.
  let withEntities = '';
  if (sqlite) {
    withEntities = `with e(entity_ref) as (values ${options.entityRefs
      .map(() => '(?)')
      .join(', ')}) `;
    bindings.push(...options.entityRefs);
  }
  const selects: string[] = [];
  for (const [table, parts] of pieces) {
    if (parts.length === 0) continue;
    const start = startColumnOf(table);
    const inPart = `(${start} >= ? and ${start} < ?)`;
    selects.push(
      `select case ${parts.map(p => `when ${inPart} then ${p.index}`).join(' ')} end as k,
         entity_ref, ${COUNT_COLUMNS.map(([c]) => c).join(', ')}, lead_time_sketch, recovery_sketch
       from ${table}
       where ${sqlite ? 'entity_ref in (select entity_ref from e)' : 'entity_ref = any(?::varchar[])'}
         and ${sqlite ? `environment in (${options.environments.map(() => '?').join(', ')})` : 'environment = any(?::varchar[])'}
         and (${parts.map(() => inPart).join(' or ')})`,
    );
    for (const p of parts) bindings.push(p.fromMs, p.toMs);
    if (!sqlite) bindings.push(options.entityRefs);
    bindings.push(...(sqlite ? options.environments : [options.environments]));
    for (const p of parts) bindings.push(p.fromMs, p.toMs);
  }
  if (selects.length === 0) return result;

  const concat = (column: string) =>
    sqlite ? `group_concat(${column}, '')` : `string_agg(${column}, '')`;
  const groupBy = options.byEntity ? 'k, entity_ref' : 'k';
  const rows = rowsOf(
    await knex.raw(
      `${withEntities}select ${groupBy},
         ${COUNT_COLUMNS.map(([c]) => `sum(${c}) as ${c}`).join(', ')},
         ${concat('lead_time_sketch')} as lead_time_sketch,
         ${concat('recovery_sketch')} as recovery_sketch
       from (${selects.join(' union all ')}) x group by ${groupBy}`,
      bindings as any[],
    ),
  );
  for (const row of rows) {
    const totals = emptyTotals();
    // pg answers sums of integers as bigint strings.
    for (const [column, field] of COUNT_COLUMNS) totals[field] = Number(row[column]);
    totals.leadTime.addEncoded(row.lead_time_sketch);
    totals.recovery.addEncoded(row.recovery_sketch);
    result[Number(row.k)].set(options.byEntity ? row.entity_ref : '', totals);
  }
  return result;
}
