import {
  SliBucket,
  SloTimeRange,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { SliBucketReader, SloEvaluationStateView } from '../contracts';

// PostgreSQL answers bigint columns as strings.
const toMs = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * {@link SliBucketReader} over the `sli_buckets` and `slo_evaluation_state`
 * tables (migration 20261122120000_slos.js).
 * @internal
 */
export class KnexSliBucketReader implements SliBucketReader {
  constructor(private readonly knex: Knex) {}

  async readBuckets(
    entityRef: string,
    sloId: string,
    range: SloTimeRange,
  ): Promise<SliBucket[]> {
    const rows = await this.knex('sli_buckets')
      .where({ entity_ref: entityRef, slo_id: sloId })
      .andWhere('start_ms', '>=', range.fromMs)
      .andWhere('start_ms', '<', range.toMs)
      .orderBy('start_ms', 'asc')
      .select('start_ms', 'good', 'total');
    return rows.map(row => ({
      startMs: Number(row.start_ms),
      good: Number(row.good),
      total: Number(row.total),
    }));
  }

  async sumBuckets(
    entityRef: string,
    sloId: string,
    range: SloTimeRange,
    options: { excluded: readonly SloTimeRange[]; stepMs: number },
  ): Promise<{ good: number; total: number; lastStartMs: number | null }> {
    // The same clamping as sanitizeSliBucket, so sums equal -common's.
    const total = 'case when total > 0 then total else 0 end';
    const good = `case when good < 0 then 0 when good > (${total}) then (${total}) else good end`;
    const query = this.knex('sli_buckets')
      .where({ entity_ref: entityRef, slo_id: sloId })
      .andWhere('start_ms', '>=', range.fromMs)
      .andWhere('start_ms', '<', range.toMs);
    for (const window of options.excluded) {
      // Like excludeMaintenanceWindows: a bucket touching a window goes whole.
      query.whereNot(q =>
        q
          .where('start_ms', '<', window.toMs)
          .andWhere('start_ms', '>', window.fromMs - options.stepMs),
      );
    }
    const [row] = await query.select(
      this.knex.raw(`coalesce(sum(${good}), 0) as good`),
      this.knex.raw(`coalesce(sum(${total}), 0) as total`),
      this.knex.raw('max(start_ms) as last_start_ms'),
    );
    return {
      good: Number(row.good),
      total: Number(row.total),
      lastStartMs: toMs(row.last_start_ms),
    };
  }

  async readStates(
    entityRef: string,
    sloIds: readonly string[],
  ): Promise<Map<string, SloEvaluationStateView>> {
    const states = new Map<string, SloEvaluationStateView>();
    if (sloIds.length === 0) return states;
    const rows = await this.knex('slo_evaluation_state')
      .where({ entity_ref: entityRef })
      .whereIn('slo_id', [...sloIds])
      .select('slo_id', 'step_ms', 'last_success_ms', 'last_attempt_ms')
      .select('last_error');
    for (const row of rows) {
      const lastSuccessMs = toMs(row.last_success_ms);
      const lastAttemptMs = toMs(row.last_attempt_ms);
      // An error only counts while no success came after it, whether or not
      // the writer cleared the column on success.
      const failedSinceSuccess =
        lastSuccessMs === null ||
        lastAttemptMs === null ||
        lastAttemptMs > lastSuccessMs;
      states.set(row.slo_id, {
        stepMs: Number(row.step_ms),
        lastSuccessMs,
        lastError: failedSinceSuccess ? row.last_error ?? null : null,
      });
    }
    return states;
  }
}
