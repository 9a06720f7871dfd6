import { Knex } from 'knex';
import { BulkColumn, createBulkWriter } from '../database/bulk';
import { chunk, isSqlite, toMs } from '../database/clientInfo';
import { RollupRow } from './computeRollups';
import { RollupScope, SqlRow, inList, rowsOf, scopeKey, scopesCte } from './sql';
import { dayStart, isoWeekStart, monthStart } from './utcCalendar';

/** The rollup tables, finest first. @internal */
export const ROLLUP_TABLES = [
  'dora_rollup_days',
  'dora_rollup_weeks',
  'dora_rollup_months',
] as const;

/** One of {@link ROLLUP_TABLES}. @internal */
export type RollupTable = (typeof ROLLUP_TABLES)[number];

const START_COLUMNS = {
  dora_rollup_days: 'day_start',
  dora_rollup_weeks: 'week_start',
  dora_rollup_months: 'month_start',
} as const;

/** The column holding the start of a rollup table's period. @internal */
export function startColumnOf(table: RollupTable) {
  return START_COLUMNS[table];
}

/** The start of the period of `table` containing `ms`. @internal */
export function periodStartOf(table: RollupTable, ms: number): number {
  if (table === 'dora_rollup_weeks') return isoWeekStart(ms);
  if (table === 'dora_rollup_months') return monthStart(ms);
  return dayStart(ms);
}

/** Count columns, in the order of {@link RollupRow}'s counts. @internal */
export const COUNT_COLUMNS = [
  ['deployments', 'deployments'],
  ['failed', 'failed'],
  ['unplanned', 'unplanned'],
  ['lead_time_n', 'leadTimeN'],
  ['recovery_failed', 'recoveryFailed'],
  ['recovery_unresolved', 'recoveryUnresolved'],
  ['recovery_n', 'recoveryN'],
] as const;

// SQLite binds at most 32,766 parameters; three per scope.
const SCOPES_PER_STATEMENT = 1_000;
const IDS_PER_STATEMENT = 1_000;

/** Writes rollup rows (set-based: one statement per few hundred rows at most). @internal */
export async function insertRollups(
  tx: Knex.Transaction,
  table: RollupTable,
  rows: readonly RollupRow[],
): Promise<void> {
  const columns: BulkColumn[] = [
    { name: 'entity_ref', pgType: 'varchar' },
    { name: 'environment', pgType: 'varchar' },
    { name: startColumnOf(table), pgType: 'bigint' },
    ...COUNT_COLUMNS.map(([name]) => ({ name, pgType: 'integer' as const })),
    { name: 'lead_time_sketch', pgType: 'text' },
    { name: 'recovery_sketch', pgType: 'text' },
  ];
  await createBulkWriter(tx).insert(
    table,
    columns,
    rows.map(row => [
      row.entityRef,
      row.environment,
      row.startMs,
      ...COUNT_COLUMNS.map(([, field]) => row[field]),
      row.leadTimeSketch,
      row.recoverySketch,
    ]),
  );
}

/** A stored rollup row as a {@link RollupRow}. @internal */
export function toRollupRow(row: SqlRow, table: RollupTable): RollupRow {
  return {
    entityRef: row.entity_ref,
    environment: row.environment,
    startMs: toMs(row[startColumnOf(table)]),
    deployments: Number(row.deployments),
    failed: Number(row.failed),
    unplanned: Number(row.unplanned),
    leadTimeN: Number(row.lead_time_n),
    recoveryFailed: Number(row.recovery_failed),
    recoveryUnresolved: Number(row.recovery_unresolved),
    recoveryN: Number(row.recovery_n),
    leadTimeSketch: row.lead_time_sketch ?? null,
    recoverySketch: row.recovery_sketch ?? null,
  };
}

/** Deletes each scope's rows of every period from the one containing its `fromMs` on. @internal */
export async function deleteRollupsFrom(
  tx: Knex.Transaction,
  scopes: readonly RollupScope[],
): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    const start = startColumnOf(table);
    for (const part of chunk(scopes, SCOPES_PER_STATEMENT)) {
      const cte = scopesCte(
        tx,
        part.map(s => ({ ...s, fromMs: periodStartOf(table, s.fromMs) })),
      );
      await tx.raw(
        `with ${cte.sql}
         delete from ${table} where exists (
           select 1 from s where s.entity_ref = ${table}.entity_ref
             and s.environment = ${table}.environment and ${table}.${start} >= s.from_ms)`,
        cte.bindings,
      );
    }
  }
}

/** Deletes every rollup row of the entities. @internal */
export async function deleteRollupsOfEntities(
  tx: Knex.Transaction,
  entityRefs: readonly string[],
): Promise<void> {
  for (const part of chunk(entityRefs, IDS_PER_STATEMENT)) {
    const filter = inList(tx, 'entity_ref', part);
    for (const table of ROLLUP_TABLES) {
      await tx.raw(`delete from ${table} where ${filter.sql}`, filter.bindings);
    }
  }
}

/**
 * The stored day rows of each scope's week and month before its `fromMs`,
 * which the week and month rows rebuilt from `fromMs` on must include.
 * @internal
 */
export async function readDayRows(
  tx: Knex.Transaction,
  scopes: readonly RollupScope[],
): Promise<RollupRow[]> {
  const found: RollupRow[] = [];
  for (const part of chunk(scopes, SCOPES_PER_STATEMENT)) {
    const until = new Map(part.map(s => [scopeKey(s.entityRef, s.environment), s.fromMs]));
    const periodStart = (ms: number) => Math.min(monthStart(ms), isoWeekStart(ms));
    const cte = scopesCte(tx, part.map(s => ({ ...s, fromMs: periodStart(s.fromMs) })));
    const rows = rowsOf(
      await tx.raw(
        `with ${cte.sql}
         select r.* from s join dora_rollup_days r
           on r.entity_ref = s.entity_ref and r.environment = s.environment
          and r.day_start >= s.from_ms`,
        cte.bindings,
      ),
    );
    for (const row of rows) {
      const stored = toRollupRow(row, 'dora_rollup_days');
      if (stored.startMs < until.get(scopeKey(stored.entityRef, stored.environment))!) {
        found.push(stored);
      }
    }
  }
  return found;
}

/** Deletes exactly the marks a worker read (never ones written since). @internal */
export async function deleteMarks(tx: Knex.Transaction, ids: readonly number[]): Promise<void> {
  for (const part of chunk(ids, IDS_PER_STATEMENT)) {
    if (isSqlite(tx)) {
      await tx.raw(
        `delete from dora_rollup_marks where id in (${part.map(() => '?').join(', ')})`,
        part,
      );
    } else {
      await tx.raw('delete from dora_rollup_marks where id = any(?::integer[])', [part]);
    }
  }
}
