import { InputError, NotFoundError } from '@backstage/errors';
import { SloTimeRange } from '@delivery-reliability/plugin-delivery-reliability-common';
import { KnexMaintenanceWindowStore } from './KnexMaintenanceWindowStore';
import { MAINTENANCE_WINDOWS_KEY } from './readConfiguredWindows';
import { MaintenanceWindowRecord } from './types';

/** A validated `POST /v1/maintenance-windows` body, times in epoch ms. @internal */
export interface MaintenanceWindowInput {
  id: string;
  /** Normalized. */
  entityRef: string;
  fromMs: number;
  toMs: number;
  reason?: string;
}

const byStart = (a: MaintenanceWindowRecord, b: MaintenanceWindowRecord) =>
  a.fromMs - b.fromMs || Number(a.id > b.id) - Number(a.id < b.id);

/**
 * Maintenance windows from app-config and from the API, as one list. Config
 * windows are read-only: their ids cannot be recorded or deleted through
 * the API, so the two sources never disagree.
 * @internal
 */
export class MaintenanceWindows {
  private readonly configured: Map<string, MaintenanceWindowRecord>;

  constructor(
    configured: readonly MaintenanceWindowRecord[],
    private readonly store: KnexMaintenanceWindowStore,
  ) {
    this.configured = new Map(configured.map(w => [w.id, w]));
  }

  /** The entity's windows by start; with `endingAfterMs`, only those ending later. */
  async forEntity(
    entityRef: string,
    options: { endingAfterMs?: number } = {},
  ): Promise<MaintenanceWindowRecord[]> {
    const after = options.endingAfterMs ?? -Infinity;
    const configured = [...this.configured.values()].filter(
      w => w.entityRef === entityRef && w.toMs > after,
    );
    const stored = await this.store.list(entityRef, options);
    return [...configured, ...stored].sort(byStart);
  }

  /** The entity's windows as ranges for the SLO math. */
  async rangesOf(
    entityRef: string,
    endingAfterMs: number,
  ): Promise<SloTimeRange[]> {
    const windows = await this.forEntity(entityRef, { endingAfterMs });
    return windows.map(w => ({ fromMs: w.fromMs, toMs: w.toMs }));
  }

  /** Records (or replaces) a window given through the API. */
  async record(
    input: MaintenanceWindowInput,
    createdBy: string,
    nowMs: number = Date.now(),
  ): Promise<MaintenanceWindowRecord> {
    this.assertNotConfigured(input.id, 'recorded');
    return this.store.put({ ...input, createdBy, createdAtMs: nowMs });
  }

  /** Deletes a window recorded through the API and answers what it was. */
  async remove(id: string): Promise<MaintenanceWindowRecord> {
    this.assertNotConfigured(id, 'deleted');
    const existing = await this.store.get(id);
    if (!existing || !(await this.store.delete(id))) {
      throw new NotFoundError(`No maintenance window with id "${id}"`);
    }
    return existing;
  }

  private assertNotConfigured(id: string, verb: string): void {
    if (this.configured.has(id)) {
      throw new InputError(
        `Maintenance window "${id}" lives in app-config (${MAINTENANCE_WINDOWS_KEY}) and cannot be ${verb} through the API; ${
          verb === 'deleted' ? 'remove it from' : 'choose another id, or edit'
        } app-config`,
      );
    }
  }
}
