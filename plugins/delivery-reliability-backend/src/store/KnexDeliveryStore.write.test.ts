import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexDeliveryStore } from './KnexDeliveryStore';
import {
  change,
  deployment,
  ids,
  incident,
  iso,
  ref,
  resolution,
  timeline,
} from './__fixtures__/records';

jest.setTimeout(60_000);

describe('KnexDeliveryStore writes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: any) {
    const knex: Knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new KnexDeliveryStore(knex, {
      productionEnvironments: ['production'],
    });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'replaces re-sent records and their change links, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.upsertBatch(timeline);
      await store.upsertBatch([
        deployment('d1', '10:05', { changeIds: ['c3'], version: '1.0.1' }),
        change('c1', '07:00'),
        incident('i1', '10:16'),
      ]);
      const counts = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      expect(await counts('deployments')).toBe(5);
      expect(await counts('changes')).toBe(3);
      expect(await counts('incidents')).toBe(6);
      // d1 now links c3 only; d2 still links c3.
      expect(await counts('deployment_changes')).toBe(2);

      const { items } = await store.listDeployments(ref, {
        limit: 1,
        offset: 4,
      });
      expect(items[0]).toMatchObject({
        id: 'd1',
        finishedAt: iso('10:05'),
        version: '1.0.1',
      });
      expect(ids(items[0].changes)).toEqual(['c3']);
      // i1 was replaced entirely: no title or severity any more.
      expect(items[0].incidents).toEqual([
        {
          id: 'i1',
          entityRef: ref,
          environment: 'production',
          startedAt: iso('10:16'),
          attributedDeploymentId: 'd1',
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'resolves incidents without replacing their start, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.upsertBatch([incident('i1', '10:15', { title: 'Errors' })]);
      await store.upsertBatch([
        // Existing: keeps start 10:15 and title, gains resolution and postmortem.
        resolution('i1', '10:50', '11:00', {
          postmortemUrl: 'https://pm/1',
          title: 'Recovered',
        }),
        // Absent: created with the resolution's start and title.
        resolution('i9', '10:40', '10:55', {
          environment: 'staging',
          title: 'Recovered',
        }),
        // In one batch: the resolution applies onto the incident before it.
        incident('i8', '09:00', { title: 'Slow' }),
        resolution('i8', '09:30', '09:45'),
      ]);
      const { items } = await store.listIncidents(ref, {
        limit: 50,
        offset: 0,
      });
      expect(items).toEqual([
        {
          id: 'i9',
          entityRef: ref,
          environment: 'staging',
          title: 'Recovered',
          startedAt: iso('10:40'),
          resolvedAt: iso('10:55'),
        },
        {
          id: 'i1',
          entityRef: ref,
          environment: 'production',
          title: 'Errors',
          startedAt: iso('10:15'),
          resolvedAt: iso('11:00'),
          postmortemUrl: 'https://pm/1',
        },
        {
          id: 'i8',
          entityRef: ref,
          environment: 'production',
          title: 'Slow',
          startedAt: iso('09:00'),
          resolvedAt: iso('09:45'),
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes nothing of a batch that fails part-way, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const broken = { ...change('c1', '08:00'), firstCommitAtMs: null as any };
      await expect(
        store.upsertBatch([
          deployment('d1', '10:00', { changeIds: ['c1'] }),
          broken,
        ]),
      ).rejects.toThrow();
      expect(await knex('deployments').select('id')).toEqual([]);
      expect(await knex('deployment_changes').select('change_id')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes batches larger than one statement, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const many = Array.from({ length: 1_200 }, (_, n) =>
        deployment(`d${n}`, '10:00', { changeIds: [`a${n}`, `b${n}`] }),
      );
      await store.upsertBatch(many);
      await store.upsertBatch(many);
      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      expect(await count('deployments')).toBe(1_200);
      expect(await count('deployment_changes')).toBe(2_400);
    },
  );
});
