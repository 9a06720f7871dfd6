import { Knex } from 'knex';
import { chunk, toMs } from '../../database/clientInfo';
import { SloStatusReader, SloStatusRow, SloStatusWriter } from './types';

const TABLE = 'slo_status';
// 9 bound values per row; 100 rows stay far below SQLite's variable limit.
const ROWS_PER_INSERT = 100;
// Refs per `IN (…)` list, under SQLite's and PostgreSQL's bind limits.
const REFS_PER_DELETE = 500;

function toRow(row: any): SloStatusRow {
  return {
    entityRef: row.entity_ref,
    sloId: row.slo_id,
    name: row.name,
    // pg answers double precision as numbers, bigint as strings.
    target: Number(row.target),
    sli: row.sli === null ? null : Number(row.sli),
    budgetRemainingRatio:
      row.budget_remaining_ratio === null
        ? null
        : Number(row.budget_remaining_ratio),
    status: row.status,
    alertState: row.alert_state,
    evaluatedAtMs: toMs(row.evaluated_at_ms),
  };
}

const byEntityThenSlo = (a: SloStatusRow, b: SloStatusRow) =>
  a.entityRef === b.entityRef
    ? Number(a.sloId > b.sloId) - Number(a.sloId < b.sloId)
    : Number(a.entityRef > b.entityRef) - Number(a.entityRef < b.entityRef);

function toColumns(row: SloStatusRow) {
  return {
    entity_ref: row.entityRef,
    slo_id: row.sloId,
    name: row.name,
    target: row.target,
    sli: row.sli,
    budget_remaining_ratio: row.budgetRemainingRatio,
    status: row.status,
    alert_state: row.alertState,
    evaluated_at_ms: row.evaluatedAtMs,
  };
}

/**
 * The SLO status snapshot in the `slo_status` table (migration
 * 20261201120000_slo_status.js).
 * @internal
 */
export class KnexSloStatusStore implements SloStatusReader, SloStatusWriter {
  constructor(private readonly knex: Knex) {}

  async readAll(): Promise<{ rows: SloStatusRow[]; asOfMs: number | null }> {
    // One unordered scan: PostgreSQL sorting 10,000 rows by its locale
    // collation took 50 ms of a 52 ms query, sorting here by code unit takes
    // a few (and orders alike on both databases). The newest time comes from
    // the same rows rather than a second query.
    const rows: SloStatusRow[] = (await this.knex(TABLE)).map(toRow);
    rows.sort(byEntityThenSlo);
    let asOfMs: number | null = null;
    for (const row of rows) {
      if (asOfMs === null || row.evaluatedAtMs > asOfMs)
        asOfMs = row.evaluatedAtMs;
    }
    return { rows, asOfMs };
  }

  async replaceEntity(entityRef: string, rows: SloStatusRow[]): Promise<void> {
    const stray = rows.find(row => row.entityRef !== entityRef);
    if (stray) {
      throw new Error(
        `SLO status row ${stray.sloId} belongs to ${stray.entityRef}, not to ${entityRef}`,
      );
    }
    // Readers see the entity's old rows or its new ones, never a mix.
    await this.knex.transaction(async tx => {
      await tx(TABLE).where({ entity_ref: entityRef }).delete();
      for (const part of chunk(rows, ROWS_PER_INSERT)) {
        await tx(TABLE).insert(part.map(toColumns));
      }
    });
  }

  async retainOnly(entityRefs: readonly string[]): Promise<void> {
    // `NOT IN` cannot be split into chunks, so the stale entities are
    // found first (a few hundred refs) and deleted by `IN` lists.
    const keep = new Set(entityRefs);
    const stored: Array<{ entity_ref: string }> = await this.knex(
      TABLE,
    ).distinct('entity_ref');
    const stale = stored.map(r => r.entity_ref).filter(ref => !keep.has(ref));
    for (const part of chunk(stale, REFS_PER_DELETE)) {
      await this.knex(TABLE).whereIn('entity_ref', part).delete();
    }
  }
}
