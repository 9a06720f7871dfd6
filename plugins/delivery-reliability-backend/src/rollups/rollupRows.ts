import { Knex } from 'knex';
import { BulkColumn, createBulkWriter } from '../database/bulk';
import { chunk, isSqlite, toMs } from '../database/clientInfo';
import { RollupRow } from './computeRollups';
import {
  RollupScope,
  SqlRow,
  inList,
  rowsOf,
  scopeKey,
  scopesCte,
} from './sql';

/** Count columns and the {@link RollupRow} fields they hold. @internal */
export const COUNT_COLUMNS = [
  ['deployments', 'deployments'],
  ['failed', 'failed'],
  ['unplanned', 'unplanned'],
  ['lead_time_n', 'leadTimeN'],
  ['recovery_failed', 'recoveryFailed'],
  ['recovery_unresolved', 'recoveryUnresolved'],
  ['recovery_n', 'recoveryN'],
] as const;

const COLUMNS: BulkColumn[] = [
  { name: 'entity_ref', pgType: 'varchar' },
  { name: 'environment', pgType: 'varchar' },
  { name: 'day_start', pgType: 'bigint' },
  ...COUNT_COLUMNS.map(([name]) => ({ name, pgType: 'integer' as const })),
  { name: 'lead_time_sketch', pgType: 'text' },
  { name: 'recovery_sketch', pgType: 'text' },
];

// SQLite binds at most 32,766 parameters; three per scope.
const SCOPES_PER_STATEMENT = 1_000;
const IDS_PER_STATEMENT = 1_000;

/** Writes running-total rows, set-based. @internal */
export async function insertRollups(
  tx: Knex.Transaction,
  rows: readonly RollupRow[],
): Promise<void> {
  await createBulkWriter(tx).insert(
    'dora_rollup_days',
    COLUMNS,
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

/** A stored row as a {@link RollupRow}. @internal */
export function toRollupRow(row: SqlRow): RollupRow {
  return {
    entityRef: row.entity_ref,
    environment: row.environment,
    startMs: toMs(row.day_start),
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

/** Deletes each scope's rows from its `fromMs` on. @internal */
export async function deleteRollupsFrom(
  tx: Knex.Transaction,
  scopes: readonly RollupScope[],
): Promise<void> {
  for (const part of chunk(scopes, SCOPES_PER_STATEMENT)) {
    const cte = scopesCte(tx, part);
    await tx.raw(
      `with ${cte.sql}
       delete from dora_rollup_days where exists (
         select 1 from s where s.entity_ref = dora_rollup_days.entity_ref
           and s.environment = dora_rollup_days.environment
           and dora_rollup_days.day_start >= s.from_ms)`,
      cte.bindings,
    );
  }
}

/** Deletes every rollup row of the entities. @internal */
export async function deleteRollupsOfEntities(
  tx: Knex.Transaction,
  entityRefs: readonly string[],
): Promise<void> {
  for (const part of chunk(entityRefs, IDS_PER_STATEMENT)) {
    const filter = inList(tx, 'entity_ref', part);
    await tx.raw(
      `delete from dora_rollup_days where ${filter.sql}`,
      filter.bindings,
    );
  }
}

/**
 * Each scope's running totals through the last day before its `fromMs`,
 * which the recomputed days continue.
 * @internal
 */
export async function readBaseRows(
  tx: Knex.Transaction,
  scopes: readonly RollupScope[],
): Promise<Map<string, RollupRow>> {
  const bases = new Map<string, RollupRow>();
  for (const part of chunk(scopes, SCOPES_PER_STATEMENT)) {
    const cte = scopesCte(tx, part);
    const rows = rowsOf(
      await tx.raw(
        `with ${cte.sql}
         select r.* from s join dora_rollup_days r
           on r.entity_ref = s.entity_ref and r.environment = s.environment
          and r.day_start = (
            select max(d.day_start) from dora_rollup_days d
            where d.entity_ref = s.entity_ref and d.environment = s.environment
              and d.day_start < s.from_ms)`,
        cte.bindings,
      ),
    );
    for (const row of rows) {
      const base = toRollupRow(row);
      bases.set(scopeKey(base.entityRef, base.environment), base);
    }
  }
  return bases;
}

/** Deletes exactly the marks a worker read (never ones written since). @internal */
export async function deleteMarks(
  tx: Knex.Transaction,
  ids: readonly number[],
): Promise<void> {
  for (const part of chunk(ids, IDS_PER_STATEMENT)) {
    if (isSqlite(tx)) {
      await tx.raw(
        `delete from dora_rollup_marks where id in (${part
          .map(() => '?')
          .join(', ')})`,
        part,
      );
    } else {
      await tx.raw(
        'delete from dora_rollup_marks where id = any(?::integer[])',
        [part],
      );
    }
  }
}
