import {
  SliBucket,
  SloTimeRange,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { chunk, isSqlite, toMs, toOptionalMs } from '../../database/clientInfo';

/** Stored evaluation state of one objective (`slo_evaluation_state`). @internal */
export interface SloObjectiveState {
  definitionHash: string;
  stepMs: number;
  coveredFromMs?: number;
  lastSuccessMs?: number;
  lastAttemptMs?: number;
  lastError?: string;
}

/** Outcome of one attempt, see {@link KnexSliBucketWriter.recordAttempt}. @internal */
export type SloAttempt =
  | { attemptMs: number; ok: true; coveredFromMs: number }
  | { attemptMs: number; ok: false; error: string };

// 5 bound values per row; 500 rows stay under SQLite's and PostgreSQL's limits.
const ROWS_PER_INSERT = 500;
const STATE = 'slo_evaluation_state';
const BUCKETS = 'sli_buckets';

/**
 * Writes SLI buckets and evaluation state. Every write is an idempotent
 * upsert keyed like the table, so a repeated or concurrent cycle (another
 * replica) leaves each bucket exactly once.
 * @internal
 */
export class KnexSliBucketWriter {
  constructor(private readonly knex: Knex) {}

  /** The objective's state; undefined when never evaluated. */
  async readState(
    entityRef: string,
    sloId: string,
  ): Promise<SloObjectiveState | undefined> {
    const row = await this.knex(STATE)
      .where({ entity_ref: entityRef, slo_id: sloId })
      .first();
    if (!row) return undefined;
    return {
      definitionHash: row.definition_hash,
      stepMs: toMs(row.step_ms),
      coveredFromMs: toOptionalMs(row.covered_from_ms),
      lastSuccessMs: toOptionalMs(row.last_success_ms),
      lastAttemptMs: toOptionalMs(row.last_attempt_ms),
      lastError: row.last_error ?? undefined,
    };
  }

  /**
   * Makes the stored state match `definitionHash`: creates it on first
   * sight; on a changed definition deletes the objective's buckets (they
   * measured something else) so the next read backfills again. Returns
   * whether stored buckets were discarded.
   */
  async prepare(
    entityRef: string,
    sloId: string,
    definitionHash: string,
    stepMs: number,
  ): Promise<boolean> {
    const key = { entity_ref: entityRef, slo_id: sloId };
    const fresh = {
      definition_hash: definitionHash,
      step_ms: stepMs,
      covered_from_ms: null,
      last_success_ms: null,
      last_error: null,
    };
    return this.knex.transaction(async tx => {
      const query = tx(STATE).where(key).first();
      // Row lock: a replica preparing at the same time waits, then sees the new hash.
      const row = await (isSqlite(tx) ? query : query.forUpdate());
      if (!row) {
        await tx(STATE)
          .insert({ ...key, ...fresh })
          .onConflict(['entity_ref', 'slo_id'])
          .ignore();
        return false;
      }
      if (row.definition_hash === definitionHash) return false;
      await tx(BUCKETS).where(key).delete();
      await tx(STATE).where(key).update(fresh);
      return true;
    });
  }

  /** Upserts buckets in chunks; returns how many were written. */
  async writeBuckets(entityRef: string, sloId: string, buckets: SliBucket[]) {
    const rows = buckets.map(b => ({
      entity_ref: entityRef,
      slo_id: sloId,
      start_ms: b.startMs,
      good: b.good,
      total: b.total,
    }));
    for (const part of chunk(rows, ROWS_PER_INSERT)) {
      await this.knex(BUCKETS)
        .insert(part)
        .onConflict(['entity_ref', 'slo_id', 'start_ms'])
        .merge(['good', 'total']);
    }
    return rows.length;
  }

  /** Records a success (clearing the error) or a failed read. */
  async recordAttempt(entityRef: string, sloId: string, attempt: SloAttempt) {
    await this.knex(STATE)
      .where({ entity_ref: entityRef, slo_id: sloId })
      .update(
        attempt.ok
          ? {
              last_attempt_ms: attempt.attemptMs,
              last_success_ms: attempt.attemptMs,
              covered_from_ms: attempt.coveredFromMs,
              last_error: null,
            }
          : { last_attempt_ms: attempt.attemptMs, last_error: attempt.error },
      );
  }

  /**
   * Missing steps of `range` (aligned to `stepMs`) as coalesced ranges. The
   * database returns only the rows next to a gap (window functions over the
   * primary-key index), not every bucket of a 30-day window.
   */
  async missingRanges(
    entityRef: string,
    sloId: string,
    range: SloTimeRange,
    stepMs: number,
  ): Promise<SloTimeRange[]> {
    const k = this.knex;
    const inner = k(BUCKETS)
      .select(
        'start_ms',
        k.raw('lag(start_ms) over (order by start_ms) as prev_ms'),
        k.raw('lead(start_ms) over (order by start_ms) as next_ms'),
      )
      .where({ entity_ref: entityRef, slo_id: sloId })
      .andWhere('start_ms', '>=', range.fromMs)
      .andWhere('start_ms', '<', range.toMs);
    const rows = await k
      .select('start_ms', 'prev_ms', 'next_ms')
      .from(inner.as('t'))
      .whereNull('prev_ms')
      .orWhereNull('next_ms')
      .orWhereRaw('start_ms - prev_ms > ?', [stepMs])
      .orderBy('start_ms');
    if (rows.length === 0) return range.toMs > range.fromMs ? [range] : [];
    const gaps: SloTimeRange[] = [];
    for (const row of rows) {
      const start = toMs(row.start_ms);
      const prev = toOptionalMs(row.prev_ms);
      const from = prev === undefined ? range.fromMs : prev + stepMs;
      if (start > from) gaps.push({ fromMs: from, toMs: start });
      if (row.next_ms === null && start + stepMs < range.toMs) {
        gaps.push({ fromMs: start + stepMs, toMs: range.toMs });
      }
    }
    return gaps;
  }
}
