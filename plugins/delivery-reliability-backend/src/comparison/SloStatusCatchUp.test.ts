import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexSloStatusStore } from '../slo/status/KnexSloStatusStore';
import { SloStatusRow } from '../slo/status/types';
import { SloStatusCatchUp } from './SloStatusCatchUp';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const ledger = 'component:default/ledger';
const search = 'component:default/search';

const row = (entityRef: string): SloStatusRow => ({
  entityRef,
  sloId: 'availability',
  name: 'Availability',
  target: 0.999,
  sli: 0.9995,
  budgetRemainingRatio: 0.5,
  status: 'ok',
  alertState: 'none',
  evaluatedAtMs: Date.UTC(2026, 10, 22, 9, 0),
});

describe('SloStatusCatchUp', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new KnexSloStatusStore(knex);
    await store.replaceEntity(checkout, [row(checkout)]);
    const evaluated: string[] = [];
    const catchUp = new SloStatusCatchUp({
      reader: store,
      listEntityRefs: async () => [checkout, ledger, search],
      // What setupSlos' first sight does: evaluate, then store the status.
      evaluateFirstSight: async ref => {
        evaluated.push(ref);
        await store.replaceEntity(ref, [row(ref)]);
      },
      rememberMs: 30_000,
      maxWaitMs: 5_000,
    });
    return { catchUp, evaluated };
  }

  it.each(databases.eachSupportedId())(
    'evaluates compared entities with SLOs but no stored status, once, %p',
    async databaseId => {
      const { catchUp, evaluated } = await start(databaseId);
      const nowMs = Date.UTC(2026, 10, 22, 9, 1);
      // search is not compared (e.g. another group): left to the cycle.
      const first = await catchUp.readAll(new Set([checkout, ledger]), nowMs);
      expect(evaluated).toEqual([ledger]);
      expect(first.rows.map(r => r.entityRef).sort()).toEqual([
        checkout,
        ledger,
      ]);
      await catchUp.readAll(new Set([checkout, ledger]), nowMs + 1_000);
      expect(evaluated).toEqual([ledger]);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers what is stored when an evaluation outlasts the wait, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const store = new KnexSloStatusStore(knex);
      await store.replaceEntity(checkout, [row(checkout)]);
      const catchUp = new SloStatusCatchUp({
        reader: store,
        listEntityRefs: async () => [checkout, ledger],
        evaluateFirstSight: () => new Promise(() => {}),
        rememberMs: 30_000,
        maxWaitMs: 50,
      });
      const status = await catchUp.readAll(new Set([checkout, ledger]));
      expect(status.rows.map(r => r.entityRef)).toEqual([checkout]);
    },
  );
});
