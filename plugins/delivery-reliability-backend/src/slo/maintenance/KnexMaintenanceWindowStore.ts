import { Knex } from 'knex';
import { MaintenanceWindowRecord } from './types';

const TABLE = 'slo_maintenance_windows';

type StoredWindow = Omit<MaintenanceWindowRecord, 'source'> & {
  createdBy: string;
  createdAtMs: number;
};

function toRecord(row: any): MaintenanceWindowRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    // PostgreSQL answers bigint columns as strings.
    fromMs: Number(row.from_ms),
    toMs: Number(row.to_ms),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    source: 'api',
    createdBy: row.created_by,
    createdAtMs: Number(row.created_at_ms),
  };
}

/**
 * Maintenance windows recorded through the API, in the
 * `slo_maintenance_windows` table.
 * @internal
 */
export class KnexMaintenanceWindowStore {
  constructor(private readonly knex: Knex) {}

  /** The entity's windows; with `endingAfterMs`, only those ending later. */
  async list(
    entityRef: string,
    options: { endingAfterMs?: number } = {},
  ): Promise<MaintenanceWindowRecord[]> {
    const query = this.knex(TABLE).where({ entity_ref: entityRef });
    if (options.endingAfterMs !== undefined)
      query.andWhere('to_ms', '>', options.endingAfterMs);
    return (await query.orderBy(['from_ms', 'id'])).map(toRecord);
  }

  async get(id: string): Promise<MaintenanceWindowRecord | undefined> {
    const row = await this.knex(TABLE).where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  /** Stores a window; an existing id is replaced, so a retried call is harmless. */
  async put(window: StoredWindow): Promise<MaintenanceWindowRecord> {
    const row = {
      id: window.id,
      entity_ref: window.entityRef,
      from_ms: window.fromMs,
      to_ms: window.toMs,
      reason: window.reason ?? null,
      created_by: window.createdBy,
      created_at_ms: window.createdAtMs,
    };
    await this.knex(TABLE).insert(row).onConflict('id').merge();
    return toRecord(row);
  }

  /** Deletes a window; false when there was none. */
  async delete(id: string): Promise<boolean> {
    return (await this.knex(TABLE).where({ id }).delete()) > 0;
  }
}
