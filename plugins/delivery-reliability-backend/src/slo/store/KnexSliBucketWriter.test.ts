import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../../database/migrations';
import { KnexSliBucketWriter } from './KnexSliBucketWriter';

jest.setTimeout(60_000);

const STEP = 300_000; // 5 min
const ref = 'component:default/checkout';
const at = (step: number) => step * STEP;
const bucket = (step: number, good = 9, total = 10) => ({
  startMs: at(step),
  good,
  total,
});

describe('KnexSliBucketWriter', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function writer(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    return { knex, writer: new KnexSliBucketWriter(knex) };
  }

  it.each(databases.eachSupportedId())(
    'upserts buckets idempotently, in chunks, %p',
    async databaseId => {
      const { knex, writer: w } = await writer(databaseId);
      const many = Array.from({ length: 1_200 }, (_, i) => bucket(i));
      expect(await w.writeBuckets(ref, 'a', many)).toBe(1_200);
      await w.writeBuckets(ref, 'a', [bucket(7, 3, 4), bucket(8)]);
      const [{ n }] = await knex('sli_buckets').count({ n: '*' });
      expect(Number(n)).toBe(1_200);
      const row = await knex('sli_buckets')
        .where({ start_ms: at(7) })
        .first();
      expect([Number(row.good), Number(row.total)]).toEqual([3, 4]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists missing steps as coalesced ranges, %p',
    async databaseId => {
      const { writer: w } = await writer(databaseId);
      const range = { fromMs: at(0), toMs: at(10) }; // steps 0..9
      expect(await w.missingRanges(ref, 'a', range, STEP)).toEqual([range]);
      // Stored: 2, 3, 4, 6, 7 (and 12, outside the range): missing 0-1, 5, 8-9.
      await w.writeBuckets(
        ref,
        'a',
        [2, 3, 4, 6, 7, 12].map(s => bucket(s)),
      );
      await w.writeBuckets(
        ref,
        'other',
        [0, 1, 5].map(s => bucket(s)),
      );
      expect(await w.missingRanges(ref, 'a', range, STEP)).toEqual([
        { fromMs: at(0), toMs: at(2) },
        { fromMs: at(5), toMs: at(6) },
        { fromMs: at(8), toMs: at(10) },
      ]);
      // A single stored step in the middle of the range.
      expect(
        await w.missingRanges(ref, 'a', { fromMs: at(3), toMs: at(4) }, STEP),
      ).toEqual([]);
      expect(
        await w.missingRanges(ref, 'a', { fromMs: at(4), toMs: at(6) }, STEP),
      ).toEqual([{ fromMs: at(5), toMs: at(6) }]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps buckets while the definition hash holds and discards them when it changes, %p',
    async databaseId => {
      const { knex, writer: w } = await writer(databaseId);
      expect(await w.readState(ref, 'a')).toBeUndefined();
      expect(await w.prepare(ref, 'a', 'h1', STEP)).toBe(false);
      await w.writeBuckets(ref, 'a', [bucket(0), bucket(1)]);
      await w.writeBuckets(ref, 'b', [bucket(0)]);
      await w.recordAttempt(ref, 'a', {
        attemptMs: 5,
        ok: true,
        coveredFromMs: 0,
      });
      await w.recordAttempt(ref, 'a', {
        attemptMs: 6,
        ok: false,
        error: 'down',
      });
      expect(await w.readState(ref, 'a')).toEqual({
        definitionHash: 'h1',
        stepMs: STEP,
        coveredFromMs: 0,
        lastSuccessMs: 5,
        lastAttemptMs: 6,
        lastError: 'down',
      });
      expect(await w.prepare(ref, 'a', 'h1', STEP)).toBe(false);
      expect(await knex('sli_buckets').where({ slo_id: 'a' })).toHaveLength(2);

      expect(await w.prepare(ref, 'a', 'h2', STEP)).toBe(true);
      expect(await knex('sli_buckets').where({ slo_id: 'a' })).toHaveLength(0);
      expect(await knex('sli_buckets').where({ slo_id: 'b' })).toHaveLength(1);
      expect(await w.readState(ref, 'a')).toEqual({
        definitionHash: 'h2',
        stepMs: STEP,
        coveredFromMs: undefined,
        lastSuccessMs: undefined,
        lastAttemptMs: 6,
        lastError: undefined,
      });
    },
  );
});
