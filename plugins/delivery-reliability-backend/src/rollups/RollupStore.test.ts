import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexDeliveryStore } from '../store/KnexDeliveryStore';
import {
  at,
  change,
  deployment,
  incident,
  ref,
} from '../store/__fixtures__/records';
import { RollupStore } from './RollupStore';

jest.setTimeout(60_000);

const day = Date.parse('2026-03-02T00:00:00Z');
const other = 'component:default/other';

describe('RollupStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: any) {
    const knex: Knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new KnexDeliveryStore(knex, {
      productionEnvironments: ['production'],
    });
    const rollups = new RollupStore(knex, { leadTimeStart: 'firstCommit' });
    const marks = async () =>
      (await knex('dora_rollup_marks').orderBy('id')).map(m => [
        m.entity_ref,
        m.environment,
        Number(m.from_day),
      ]);
    const leadTimes = async (entityRef: string) => {
      const [[, totals]] = (
        await rollups.readTotals({
          entityRefs: [entityRef],
          environments: ['production'],
          ranges: [{ fromMs: day, toMs: day + 86_400_000 }],
          byEntity: false,
        })
      )[0];
      return totals.leadTime.quantiles([0.5]);
    };
    return { knex, store, rollups, marks, leadTimes };
  }

  it.each(databases.eachSupportedId())(
    'marks what a batch makes stale in its transaction and picks marks up later (crash, sweep), %p',
    async databaseId => {
      const { knex, store, rollups, marks } = await setup(databaseId);
      await store.upsertBatch([
        change('c1', '08:00'),
        deployment('d1', '10:00', { changeIds: ['c1'] }),
        deployment('o1', '11:00', { entityRef: other, environment: 'staging' }),
      ]);
      // Nothing processed them yet (as after a crash): only the marks exist.
      expect(await marks()).toEqual([
        [ref, 'production', day],
        [other, 'staging', day],
      ]);
      expect(await knex('dora_rollup_days')).toEqual([]);

      // A read's read-your-writes only processes the entities it needs…
      await rollups.processMarks([ref]);
      expect(await marks()).toEqual([[other, 'staging', day]]);
      // …the sweep processes the rest.
      const counts = await rollups.processMarks();
      expect(counts).toMatchObject({
        entities: 1,
        scopes: 1,
        dayRows: 1,
        deployments: 1,
      });
      expect(await marks()).toEqual([]);
      expect(await knex('dora_rollup_days').select('entity_ref')).toHaveLength(
        2,
      );

      // A late incident naming d1 marks d1's day, not only its own.
      await store.upsertBatch([
        incident('i1', '10:30', {
          startedAtMs: Date.parse('2026-03-05T10:30:00Z'),
          deploymentId: 'd1',
        }),
      ]);
      expect(await marks()).toEqual([[ref, 'production', day]]);
    },
  );

  it.each(databases.eachSupportedId())(
    'recomputes everything when the lead-time rule changes, %p',
    async databaseId => {
      const { knex, store, rollups, leadTimes } = await setup(databaseId);
      // Fresh install: rules recorded, nothing to recompute.
      expect(await rollups.markAllIfRulesChanged()).toBe(true);
      expect(await rollups.markAllIfRulesChanged()).toBe(false);
      await store.upsertBatch([
        { ...change('c1', '06:00'), mergedAtMs: at('09:00') },
        deployment('d1', '10:00', { changeIds: ['c1'] }),
      ]);
      await rollups.processMarks();
      expect(await leadTimes(ref)).toEqual([4 * 3600]);

      const merged = new RollupStore(knex, { leadTimeStart: 'merged' });
      expect(await merged.markAllIfRulesChanged()).toBe(true);
      await merged.processMarks();
      expect(await leadTimes(ref)).toEqual([3600]);
      expect(await knex('dora_rollup_marks')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the same rollups when several workers (replicas) process marks at once, %p',
    async databaseId => {
      const { knex, store, rollups } = await setup(databaseId);
      const batches = Array.from({ length: 6 }, (_, b) => [
        change(`c${b}`, '08:00'),
        deployment(`d${b}`, `1${b}:00`, { changeIds: [`c${b}`] }),
        incident(`i${b}`, `1${b}:30`, { resolvedAtMs: at(`1${b}:45`) }),
      ]);
      // Batches keep arriving while three workers (as on three replicas) run.
      const replicas = [0, 1, 2].map(
        () => new RollupStore(knex, { leadTimeStart: 'firstCommit' }),
      );
      await Promise.all([
        ...batches.map(batch => store.upsertBatch(batch)),
        ...replicas.map(replica => replica.processMarks()),
      ]);
      await rollups.processMarks();
      const rows = async () =>
        (
          await knex('dora_rollup_days').orderBy(['entity_ref', 'day_start'])
        ).map(row => ({ ...row, day_start: Number(row.day_start) }));
      const incremental = await rows();
      expect(incremental).toMatchObject([
        { deployments: 6, failed: 6, recovery_n: 6 },
      ]);
      await rollups.rebuild();
      expect(await rows()).toEqual(incremental);
    },
  );
});
