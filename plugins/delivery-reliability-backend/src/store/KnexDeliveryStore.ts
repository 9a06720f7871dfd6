import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { writeBatchMarkingRollups } from '../rollups/markDirty';
import { foldBatch } from './foldBatch';
import { listDeployments } from './listDeployments';
import { listIncidents } from './listIncidents';
import { DeliveryRecord, DeliveryStore, PageRequest } from './types';
import { writeBatch } from './writeBatch';

/** Options of {@link KnexDeliveryStore}. @internal */
export interface KnexDeliveryStoreOptions {
  /** Environments whose succeeded deployments are production deployments. */
  productionEnvironments: string[];
  /** Called after each committed batch, e.g. to nudge the rollup worker. */
  onBatchStored?: () => void;
}

/**
 * {@link DeliveryStore} on the plugin's knex database (SQLite or PostgreSQL).
 * Expects the migrations in `migrations/` to have been applied.
 * @internal
 */
export class KnexDeliveryStore implements DeliveryStore {
  constructor(
    private readonly knex: Knex,
    private readonly options: KnexDeliveryStoreOptions,
  ) {}

  async upsertBatch(records: readonly DeliveryRecord[]): Promise<void> {
    if (records.length === 0) return;
    const batch = foldBatch(records);
    // Dirty marks for the DORA rollups commit with the events they cover.
    await this.knex.transaction(tx =>
      writeBatchMarkingRollups(tx, batch, () => writeBatch(tx, batch)),
    );
    this.options.onBatchStored?.();
  }

  async listDeployments(
    entityRef: string,
    request: PageRequest & { environment?: string },
  ): Promise<Page<DeploymentView>> {
    return listDeployments(
      this.knex,
      entityRef,
      request,
      this.options.productionEnvironments,
    );
  }

  async listIncidents(
    entityRef: string,
    request: PageRequest,
  ): Promise<Page<IncidentView>> {
    return listIncidents(
      this.knex,
      entityRef,
      request,
      this.options.productionEnvironments,
    );
  }
}
