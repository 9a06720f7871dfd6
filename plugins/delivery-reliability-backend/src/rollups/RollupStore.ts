import { LeadTimeStart } from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { chunk } from '../database/clientInfo';
import { RangeTotals } from './RangeTotals';
import {
  ReadTotalsOptions,
  RollupTotals,
  readRangeTotalsInParts,
  readRollupTotals,
} from './readRollupTotals';
import {
  BEGINNING_MS,
  RecomputeCounts,
  recomputeEntities,
} from './recomputeEntities';
import { inList, rowsOf } from './sql';

/** Options of {@link RollupStore}. @internal */
export interface RollupStoreOptions {
  /** Where lead time starts (`deliveryReliability.dora.leadTimeStart`). */
  leadTimeStart: LeadTimeStart;
}

/** What a rebuild recomputed. @internal */
export interface RebuildSummary extends RecomputeCounts {
  durationMs: number;
}

// Entities per transaction: bounds the events held in memory at once (a
// full history of 25 busy services is ~100 k rows) and the time locks are held.
const ENTITIES_PER_TRANSACTION = 10;
// Entities per round of the background worker, so one round stays short.
const ENTITIES_PER_ROUND = 500;
const ROUNDS_PER_CALL = 20;
// Bumped when the stored rollup format or rules change, to recompute all.
const ROLLUP_FORMAT = 1;

function addCounts(into: RecomputeCounts, from: RecomputeCounts) {
  into.entities += from.entities;
  into.scopes += from.scopes;
  into.dayRows += from.dayRows;
  into.deployments += from.deployments;
}

const noCounts = (): RecomputeCounts => ({
  entities: 0,
  scopes: 0,
  dayRows: 0,
  deployments: 0,
});

/**
 * The DORA rollups: recomputation from dirty marks or from scratch, and
 * set-based reads. Safe to use from several replicas (see recomputeEntities).
 * @internal
 */
export class RollupStore {
  constructor(
    private readonly knex: Knex,
    private readonly options: RollupStoreOptions,
  ) {}

  /**
   * Recomputes the rollups made stale by ingested batches: of the given
   * entities (a read's read-your-writes), or of every marked entity.
   */
  async processMarks(entityRefs?: readonly string[]): Promise<RecomputeCounts> {
    const total = noCounts();
    if (entityRefs) {
      for (const part of chunk(entityRefs, 1_000)) {
        const filter = inList(this.knex, 'entity_ref', part);
        const marked = rowsOf(
          await this.knex.raw(
            `select distinct entity_ref from dora_rollup_marks where ${filter.sql}`,
            filter.bindings,
          ),
        ).map(row => row.entity_ref as string);
        addCounts(total, await this.recompute(marked, 'marks'));
      }
      return total;
    }
    for (let round = 0; round < ROUNDS_PER_CALL; round++) {
      const marked = rowsOf(
        await this.knex.raw(
          `select distinct entity_ref from dora_rollup_marks order by entity_ref limit ${ENTITIES_PER_ROUND}`,
        ),
      ).map(row => row.entity_ref as string);
      if (marked.length === 0) return total;
      addCounts(total, await this.recompute(marked, 'marks'));
    }
    // Under continuous ingestion, leave the rest to the next call.
    return total;
  }

  /**
   * Recomputes all rollups (or one entity's) from the raw events, dropping
   * rows of entities that no longer have deployments.
   */
  async rebuild(options: { entityRef?: string } = {}): Promise<RebuildSummary> {
    const started = Date.now();
    const entityRefs = options.entityRef
      ? [options.entityRef]
      : rowsOf(
          await this.knex.raw(
            'select distinct entity_ref from deployments union select distinct entity_ref from incidents',
          ),
        ).map(row => row.entity_ref as string);
    const counts = await this.recompute(entityRefs.sort(), 'full');
    if (!options.entityRef) {
      await this.knex.raw(
        `delete from dora_rollup_days where not exists (
           select 1 from deployments d where d.entity_ref = dora_rollup_days.entity_ref)`,
      );
    }
    return { ...counts, durationMs: Date.now() - started };
  }

  /** Totals over ranges; see {@link readRollupTotals}. */
  readTotals(
    options: ReadTotalsOptions,
  ): Promise<Array<Map<string, RollupTotals>>> {
    return readRollupTotals(this.knex, options);
  }

  /** Totals over ranges, part by part; see {@link readRangeTotalsInParts}. */
  readRangeTotalsInParts(
    options: ReadTotalsOptions,
    onPart: (totals: RangeTotals, entityRefs: readonly string[]) => void,
  ): Promise<void> {
    return readRangeTotalsInParts(this.knex, options, onPart);
  }

  /**
   * Marks every rollup stale when the rules it was computed with (rollup
   * format, lead-time start) differ from the configured ones, e.g. after a
   * config change or on the first start with events stored before rollups
   * existed. The worker then recomputes them.
   * @returns whether everything was marked.
   */
  async markAllIfRulesChanged(): Promise<boolean> {
    const rules = JSON.stringify({
      format: ROLLUP_FORMAT,
      leadTimeStart: this.options.leadTimeStart,
    });
    return this.knex.transaction(async tx => {
      const stored = await tx('dora_rollup_settings')
        .where({ key: 'rules' })
        .first();
      if (stored?.value === rules) return false;
      await tx.raw(
        `insert into dora_rollup_marks (entity_ref, environment, from_day)
         select distinct entity_ref, environment, ${BEGINNING_MS} from deployments`,
      );
      await tx('dora_rollup_settings')
        .insert({ key: 'rules', value: rules })
        .onConflict('key')
        .merge();
      return true;
    });
  }

  private async recompute(
    entityRefs: readonly string[],
    mode: 'marks' | 'full',
  ): Promise<RecomputeCounts> {
    const total = noCounts();
    for (const part of chunk(entityRefs, ENTITIES_PER_TRANSACTION)) {
      addCounts(
        total,
        await recomputeEntities(this.knex, part, mode, this.options),
      );
    }
    return total;
  }
}
