import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../../database/migrations';
import { KnexSliBucketReader } from './KnexSliBucketReader';

jest.setTimeout(60_000);

const ref = 'component:default/checkout';
const STEP = 300_000;
const t0 = Date.parse('2026-03-02T00:00:00Z');

describe('KnexSliBucketReader', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    return { knex, reader: new KnexSliBucketReader(knex) };
  }

  it.each(databases.eachSupportedId())(
    'sums clamped counts in [from, to) without buckets touching excluded ranges, %p',
    async databaseId => {
      const { knex, reader } = await setup(databaseId);
      const row = (i: number, good: number, total: number) => ({
        entity_ref: ref,
        slo_id: 'availability',
        start_ms: t0 + i * STEP,
        good,
        total,
      });
      await knex('sli_buckets').insert([
        row(0, 90, 100),
        // good above total counts as total (sanitizeSliBucket): 50 of 50.
        row(1, 52, 50),
        row(2, 0, 40),
        row(3, 30, 30),
        row(4, 1, 1),
      ]);
      // [step 0, step 4) without bucket 2, which a window inside it touches:
      // good 90 + 50 + 30 = 170 of 100 + 50 + 30 = 180; newest summed: step 3.
      expect(
        await reader.sumBuckets(
          ref,
          'availability',
          { fromMs: t0, toMs: t0 + 4 * STEP },
          {
            excluded: [
              { fromMs: t0 + 2 * STEP + 60_000, toMs: t0 + 2 * STEP + 120_000 },
            ],
            stepMs: STEP,
          },
        ),
      ).toEqual({ good: 170, total: 180, lastStartMs: t0 + 3 * STEP });
      // A window ending exactly at a bucket's start leaves that bucket in.
      expect(
        await reader.sumBuckets(
          ref,
          'availability',
          { fromMs: t0 + 3 * STEP, toMs: t0 + 5 * STEP },
          { excluded: [{ fromMs: t0, toMs: t0 + 3 * STEP }], stepMs: STEP },
        ),
      ).toEqual({ good: 31, total: 31, lastStartMs: t0 + 4 * STEP });
      expect(
        await reader.sumBuckets(
          ref,
          'latency',
          { fromMs: t0, toMs: t0 + 5 * STEP },
          { excluded: [], stepMs: STEP },
        ),
      ).toEqual({ good: 0, total: 0, lastStartMs: null });
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the buckets of one objective in [from, to), oldest first, %p',
    async databaseId => {
      const { knex, reader } = await setup(databaseId);
      const row = (sloId: string, i: number, good: number, total: number) => ({
        entity_ref: ref,
        slo_id: sloId,
        start_ms: t0 + i * STEP,
        good,
        total,
      });
      await knex('sli_buckets').insert([
        row('availability', 2, 99.5, 100),
        row('availability', 0, 10, 10),
        row('availability', 1, 0, 0),
        row('availability', 3, 7, 7),
        row('availability#1', 1, 1, 2),
        { ...row('availability', 1, 5, 5), entity_ref: 'component:default/x' },
      ]);

      // [t0 + 1 step, t0 + 3 steps): the bucket starting at `to` is left out.
      expect(
        await reader.readBuckets(ref, 'availability', {
          fromMs: t0 + STEP,
          toMs: t0 + 3 * STEP,
        }),
      ).toEqual([
        { startMs: t0 + STEP, good: 0, total: 0 },
        { startMs: t0 + 2 * STEP, good: 99.5, total: 100 },
      ]);
      expect(
        await reader.readBuckets(ref, 'availability#1', {
          fromMs: 0,
          toMs: t0 + 10 * STEP,
        }),
      ).toEqual([{ startMs: t0 + STEP, good: 1, total: 2 }]);
      expect(
        await reader.readBuckets(ref, 'latency', { fromMs: 0, toMs: t0 }),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'reads evaluation states, reporting an error only when no success came after it, %p',
    async databaseId => {
      const { knex, reader } = await setup(databaseId);
      const state = (sloId: string, fields: object) => ({
        entity_ref: ref,
        slo_id: sloId,
        definition_hash: 'h',
        step_ms: STEP,
        ...fields,
      });
      await knex('slo_evaluation_state').insert([
        state('healthy', {
          last_success_ms: t0,
          last_attempt_ms: t0,
          last_error: null,
        }),
        state('failing', {
          last_success_ms: t0,
          last_attempt_ms: t0 + STEP,
          last_error: 'Prometheus answered 503',
        }),
        // A writer that kept the old message after succeeding again.
        state('recovered', {
          last_success_ms: t0 + STEP,
          last_attempt_ms: t0 + STEP,
          last_error: 'Prometheus answered 503',
        }),
        state('never', {
          last_success_ms: null,
          last_attempt_ms: t0,
          last_error: 'connection refused',
        }),
        state('other', { last_success_ms: t0 }),
      ]);

      const states = await reader.readStates(ref, [
        'healthy',
        'failing',
        'recovered',
        'never',
        'unknown',
      ]);
      expect(Object.fromEntries(states)).toEqual({
        healthy: { stepMs: STEP, lastSuccessMs: t0, lastError: null },
        failing: {
          stepMs: STEP,
          lastSuccessMs: t0,
          lastError: 'Prometheus answered 503',
        },
        recovered: { stepMs: STEP, lastSuccessMs: t0 + STEP, lastError: null },
        never: {
          stepMs: STEP,
          lastSuccessMs: null,
          lastError: 'connection refused',
        },
      });
      expect((await reader.readStates(ref, [])).size).toBe(0);
    },
  );
});
