import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexDeliveryStore } from './KnexDeliveryStore';
import { deployment, incident, timeline } from './__fixtures__/records';
import { ref } from './__fixtures__/records';

jest.setTimeout(60_000);

// Worked by hand (production unless noted; DESIGN.md "Failed deployment"):
//   a1 09:00            a2 09:10  <- r1 09:20 rollback naming none: reverts a2
//   a3 09:30            a4 09:40  <- i9 09:45 attributed by time: failed
//   a5 09:50 staging    r2 09:55 rollback naming a1 (explicitly)
//   a6 10:00            r3 10:05 rollback naming none: reverts a6
//                       r4 10:06 rollback naming none: reverts a6 too
// Failed: a1 (r2), a2 (r1), a4 (i9), a6 (r3, r4). Not failed: a3, a5
// (staging), and the rollbacks themselves.
const history = [
  deployment('a1', '09:00'),
  deployment('a2', '09:10'),
  deployment('r1', '09:20', { rollback: true }),
  deployment('a3', '09:30'),
  deployment('a4', '09:40'),
  incident('i9', '09:45'),
  deployment('a5', '09:50', { environment: 'staging' }),
  deployment('r2', '09:55', { rollback: true, rollsBack: 'a1' }),
  deployment('a6', '10:00'),
  deployment('r3', '10:05', { rollback: true }),
  deployment('r4', '10:06', { rollback: true }),
];

describe('listDeployments failed flag', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function storeWith(databaseId: any, records: any[]) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new KnexDeliveryStore(knex, {
      productionEnvironments: ['production'],
    });
    await store.upsertBatch(records);
    return store;
  }

  it.each(databases.eachSupportedId())(
    'marks rolled-back and incident-attributed production deployments, %p',
    async databaseId => {
      const store = await storeWith(databaseId, history);
      const { items } = await store.listDeployments(ref, {
        limit: 50,
        offset: 0,
      });
      const failed = Object.fromEntries(
        items.map(d => [d.id, [d.failed, d.rolledBackBy ?? []]]),
      );
      expect(failed).toEqual({
        r4: [false, []],
        r3: [false, []],
        a6: [true, ['r3', 'r4']],
        r2: [false, []],
        a5: [false, []],
        a4: [true, []],
        a3: [false, []],
        r1: [false, []],
        a2: [true, ['r1']],
        a1: [true, ['r2']],
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'finds rollbacks on later pages, %p',
    async databaseId => {
      const store = await storeWith(databaseId, history);
      // Newest first (r4 r3 a6 r2 a5 a4 a3 r1 a2 a1): offset 5 holds a4, a3;
      // offset 8 holds a2, a1, whose rollbacks are on earlier pages.
      const middle = await store.listDeployments(ref, { limit: 2, offset: 5 });
      expect(middle.items.map(d => [d.id, d.failed])).toEqual([
        ['a4', true],
        ['a3', false],
      ]);
      const oldest = await store.listDeployments(ref, { limit: 2, offset: 8 });
      expect(
        oldest.items.map(d => [d.id, d.failed, d.rolledBackBy ?? []]),
      ).toEqual([
        ['a2', true, ['r1']],
        ['a1', true, ['r2']],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'agrees with the foundation timeline, %p',
    async databaseId => {
      const store = await storeWith(databaseId, timeline);
      const { items } = await store.listDeployments(ref, {
        limit: 50,
        offset: 0,
      });
      // d1 has i1; d2 has i3 and i2 and is rolled back by d4; d3 failed
      // status, s1 staging and d4 (i6 attributed) … d4 is a production
      // rollback with an attributed incident, so it is failed too.
      expect(Object.fromEntries(items.map(d => [d.id, d.failed]))).toEqual({
        d1: true,
        d2: true,
        d3: false,
        s1: false,
        d4: true,
      });
    },
  );
});
