import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexDeliveryStore } from './KnexDeliveryStore';
import {
  deployment,
  ids,
  incident,
  iso,
  ref,
  timeline,
} from './__fixtures__/records';

jest.setTimeout(60_000);

describe('KnexDeliveryStore reads', () => {
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
    'lists deployments newest first with changes and attributed incidents, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.upsertBatch(timeline);

      const all = await store.listDeployments(ref, { limit: 50, offset: 0 });
      expect(all.totalCount).toBe(5);
      expect(ids(all.items)).toEqual(['d4', 's1', 'd3', 'd2', 'd1']);
      const byId = Object.fromEntries(all.items.map(d => [d.id, d]));
      expect(ids(byId.d1.changes)).toEqual(['c1', 'c2']);
      expect(ids(byId.d2.changes)).toEqual(['c3']);
      expect(ids(byId.d4.incidents)).toEqual(['i6']);
      expect(ids(byId.d2.incidents)).toEqual(['i3', 'i2']);
      expect(ids(byId.d1.incidents)).toEqual(['i1']);
      expect(byId.d3.incidents).toEqual([]);
      expect(byId.s1.incidents).toEqual([]);
      expect(byId.d1).toEqual({
        id: 'd1',
        entityRef: ref,
        environment: 'production',
        status: 'succeeded',
        finishedAt: iso('10:00'),
        version: '1.0.0',
        rollback: false,
        hotfix: false,
        // i1 is attributed to it.
        failed: true,
        changes: [
          { id: 'c1', entityRef: ref, firstCommitAt: iso('08:00') },
          { id: 'c2', entityRef: ref, firstCommitAt: iso('08:30') },
        ],
        incidents: [
          {
            id: 'i1',
            entityRef: ref,
            environment: 'production',
            title: 'Checkout errors',
            severity: 'SEV2',
            startedAt: iso('10:15'),
            attributedDeploymentId: 'd1',
          },
        ],
      });
      expect(byId.d4).toMatchObject({ rollback: true, rollsBack: 'd2' });

      // Pages attribute the same way as the full listing.
      const middle = await store.listDeployments(ref, { limit: 2, offset: 2 });
      expect(middle.totalCount).toBe(5);
      expect(ids(middle.items)).toEqual(['d3', 'd2']);
      expect(ids(middle.items[1].incidents)).toEqual(['i3', 'i2']);
      const last = await store.listDeployments(ref, { limit: 1, offset: 4 });
      expect(ids(last.items)).toEqual(['d1']);
      expect(ids(last.items[0].incidents)).toEqual(['i1']);

      const staging = await store.listDeployments(ref, {
        limit: 50,
        offset: 0,
        environment: 'staging',
      });
      expect(staging.totalCount).toBe(1);
      expect(ids(staging.items)).toEqual(['s1']);

      const other = await store.listDeployments('component:default/other', {
        limit: 50,
        offset: 0,
      });
      expect(other).toEqual({ items: [], totalCount: 0, limit: 50, offset: 0 });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists incidents newest first with their attribution, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.upsertBatch(timeline);

      const all = await store.listIncidents(ref, { limit: 50, offset: 0 });
      expect(all.totalCount).toBe(6);
      expect(
        all.items.map(i => [i.id, i.attributedDeploymentId ?? null]),
      ).toEqual([
        ['i4', null],
        ['i6', 'd4'],
        ['i2', 'd2'],
        ['i3', 'd2'],
        ['i1', 'd1'],
        ['i5', null],
      ]);
      const page = await store.listIncidents(ref, { limit: 2, offset: 1 });
      expect(page).toMatchObject({ totalCount: 6, limit: 2, offset: 1 });
      expect(ids(page.items)).toEqual(['i6', 'i2']);
    },
  );

  it.each(databases.eachSupportedId())(
    'breaks ties of equal finish times by id, also across pages, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.upsertBatch([
        deployment('tie-b', '12:00'),
        deployment('tie-a', '12:00'),
        incident('late', '12:10'),
      ]);
      const first = await store.listDeployments(ref, { limit: 1, offset: 0 });
      expect(ids(first.items)).toEqual(['tie-a']);
      expect(ids(first.items[0].incidents)).toEqual(['late']);
      const second = await store.listDeployments(ref, { limit: 1, offset: 1 });
      expect(ids(second.items)).toEqual(['tie-b']);
      expect(second.items[0].incidents).toEqual([]);
    },
  );
});
