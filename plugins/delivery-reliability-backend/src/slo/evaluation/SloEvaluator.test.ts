import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../../database/migrations';
import {
  FormulaSource,
  formulaSlo,
  goodAt,
} from './__testUtils__/formulaSource';
import {
  ENTITY,
  STEP_MS,
  startEvaluator,
} from './__testUtils__/startEvaluator';

jest.setTimeout(60_000);

const MIN = 60_000;
const DAY = 1_440 * MIN;
// 12:02 UTC: the last finished step starts at 11:55 and ends at 12:00 (T0).
const NOW = Date.UTC(2026, 2, 10, 12, 2);
const T0 = Date.UTC(2026, 2, 10, 12, 0);

async function rows(knex: Knex) {
  const all = await knex('sli_buckets').orderBy('start_ms');
  return all.map(r => ({
    startMs: Number(r.start_ms),
    good: Number(r.good),
    total: Number(r.total),
  }));
}

describe('SloEvaluator', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  async function setup(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    return knex;
  }

  it.each(databases.eachSupportedId())(
    'backfills, then reads only new steps, refills an outage gap exactly, and is idempotent, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const source = new FormulaSource();
      const { evaluator, writer } = startEvaluator(
        knex,
        [source],
        [formulaSlo({})],
      );

      // 1-day rolling SLO, but the 3-day burn window is shown too:
      // [T0 − 3 d, T0) = 3 × 288 = 864 steps, one read (≤ 2,000 steps).
      expect(await evaluator.runCycle(NOW)).toEqual({
        entities: 1,
        objectivesEvaluated: 1,
        bucketsWritten: 864,
        sourceReads: 1,
        errors: 0,
      });
      expect(source.reads).toEqual([{ fromMs: T0 - 3 * DAY, toMs: T0 }]);
      const stored = await rows(knex);
      expect(stored).toHaveLength(864);
      expect(stored[0]).toEqual({
        startMs: T0 - 3 * DAY,
        good: goodAt(T0 - 3 * DAY, STEP_MS),
        total: 100,
      });
      expect(stored.every(b => b.good === goodAt(b.startMs, STEP_MS))).toBe(
        true,
      );

      // 10 minutes later: exactly the two steps that ended since.
      source.reads.length = 0;
      await evaluator.runCycle(NOW + 10 * MIN);
      expect(source.reads).toEqual([{ fromMs: T0, toMs: T0 + 10 * MIN }]);

      // The source is down for one cycle: the step 12:10–12:15 stays missing.
      source.failWith = 'connect ECONNREFUSED 127.0.0.1:9090';
      const failed = await evaluator.runCycle(NOW + 15 * MIN);
      expect(failed).toMatchObject({
        bucketsWritten: 0,
        sourceReads: 0,
        errors: 1,
      });
      expect(await writer.readState(ENTITY, 'availability')).toMatchObject({
        lastSuccessMs: NOW + 10 * MIN,
        lastAttemptMs: NOW + 15 * MIN,
        lastError:
          'SLI source formula failed: connect ECONNREFUSED 127.0.0.1:9090',
      });

      // Back up: the gap plus the newest steps, in one coalesced read.
      source.failWith = undefined;
      source.reads.length = 0;
      expect(await evaluator.runCycle(NOW + 25 * MIN)).toMatchObject({
        bucketsWritten: 3,
        sourceReads: 1,
        errors: 0,
      });
      expect(source.reads).toEqual([
        { fromMs: T0 + 10 * MIN, toMs: T0 + 25 * MIN },
      ]);
      expect(await writer.readState(ENTITY, 'availability')).toMatchObject({
        lastSuccessMs: NOW + 25 * MIN,
        lastError: undefined,
      });

      // The same cycle again reads and writes nothing.
      source.reads.length = 0;
      expect(await evaluator.runCycle(NOW + 25 * MIN)).toMatchObject({
        bucketsWritten: 0,
        sourceReads: 0,
        errors: 0,
      });
      expect(source.reads).toEqual([]);
      expect(await rows(knex)).toHaveLength(864 + 2 + 3);
    },
  );

  it.each(databases.eachSupportedId())(
    'starts no earlier than the source holds data and reads long ranges in chunks of 2,000 steps, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const source = new FormulaSource();
      source.earliestMs = T0 - DAY;
      const { evaluator } = startEvaluator(knex, [source], [formulaSlo({})]);
      // Retention of one day: [T0 − 1 d, T0) = 288 steps.
      expect(await evaluator.runCycle(T0)).toMatchObject({
        bucketsWritten: 288,
      });
      expect(source.reads).toEqual([{ fromMs: T0 - DAY, toMs: T0 }]);

      const knex2 = await setup(databaseId);
      const long = new FormulaSource();
      const monthly = startEvaluator(
        knex2,
        [long],
        [formulaSlo({ duration: '30d' })],
      );
      // 30 days = 8,640 steps = 4 reads of 2,000 and one of 640.
      expect(await monthly.evaluator.runCycle(T0)).toMatchObject({
        bucketsWritten: 8_640,
        sourceReads: 5,
      });
      expect(long.reads.map(r => (r.toMs - r.fromMs) / STEP_MS)).toEqual([
        2_000, 2_000, 2_000, 2_000, 640,
      ]);
      expect(long.reads[0].fromMs).toBe(T0 - 30 * DAY);
    },
  );

  it.each(databases.eachSupportedId())(
    'discards the buckets when the indicator changes, keeps them when only the target does, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const source = new FormulaSource();
      const { evaluator, setDocuments } = startEvaluator(
        knex,
        [source],
        [formulaSlo({})],
      );
      await evaluator.runCycle(NOW);
      await knex('sli_buckets').update({ good: 0 }); // mark the old rows

      setDocuments([formulaSlo({ target: 0.95 })]);
      expect(await evaluator.runCycle(NOW)).toMatchObject({ sourceReads: 0 });
      expect((await rows(knex)).every(b => b.good === 0)).toBe(true);

      setDocuments([formulaSlo({ query: 'good_v2' })]);
      expect(await evaluator.runCycle(NOW)).toMatchObject({
        bucketsWritten: 864,
      });
      const fresh = await rows(knex);
      expect(fresh).toHaveLength(864);
      expect(fresh.every(b => b.good === goodAt(b.startMs, STEP_MS))).toBe(
        true,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'records an objective without a matching source and carries on with the others, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const source = new FormulaSource();
      const { evaluator, writer } = startEvaluator(
        knex,
        [source],
        [
          formulaSlo({ name: 'datadog-slo', sourceType: 'Datadog' }),
          formulaSlo({ name: 'formula-slo' }),
        ],
      );
      expect(await evaluator.runCycle(NOW)).toEqual({
        entities: 1,
        objectivesEvaluated: 2,
        bucketsWritten: 864,
        sourceReads: 1,
        errors: 1,
      });
      expect((await writer.readState(ENTITY, 'datadog-slo'))?.lastError).toBe(
        'no SLI source for metric source type Datadog; install a delivery-reliability backend module that reads it (e.g. plugin-delivery-reliability-backend-module-prometheus for Prometheus)',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves every bucket exactly once when two evaluators run a cycle at the same time, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const a = startEvaluator(
        knex,
        [new FormulaSource()],
        [formulaSlo({ duration: '7d' })],
      );
      const b = startEvaluator(
        knex,
        [new FormulaSource()],
        [formulaSlo({ duration: '7d' })],
      );
      const results = await Promise.all([
        a.evaluator.runCycle(NOW),
        b.evaluator.runCycle(NOW),
      ]);
      expect(results.map(r => r.errors)).toEqual([0, 0]);
      const stored = await rows(knex);
      // 7 days = 2,016 steps.
      expect(stored).toHaveLength(2_016);
      expect(new Set(stored.map(r => r.startMs)).size).toBe(2_016);
      expect(stored[0].startMs).toBe(T0 - 7 * DAY);
      expect(
        stored.every(
          r => r.good === goodAt(r.startMs, STEP_MS) && r.total === 100,
        ),
      ).toBe(true);
    },
  );
});
