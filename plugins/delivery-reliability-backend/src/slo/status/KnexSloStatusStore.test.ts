import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../../database/migrations';
import { KnexSloStatusStore } from './KnexSloStatusStore';
import { SloStatusRow } from './types';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const payments = 'component:default/payments';

const row = (
  entityRef: string,
  sloId: string,
  fields: Partial<SloStatusRow> = {},
): SloStatusRow => ({
  entityRef,
  sloId,
  name: `${sloId} of ${entityRef}`,
  target: 0.995,
  sli: 0.9975,
  budgetRemainingRatio: 0.5,
  status: 'ok',
  alertState: 'none',
  evaluatedAtMs: Date.UTC(2026, 11, 1, 12, 0),
  ...fields,
});

describe('KnexSloStatusStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function store(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    return { knex, store: new KnexSloStatusStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'reads nothing from an empty table, %p',
    async databaseId => {
      const { store: s } = await store(databaseId);
      expect(await s.readAll()).toEqual({ rows: [], asOfMs: null });
    },
  );

  it.each(databases.eachSupportedId())(
    'stores every field, nulls and negative budgets included, and answers the newest time, %p',
    async databaseId => {
      const { store: s } = await store(databaseId);
      const frozen = row(payments, 'latency', {
        sli: 0.97,
        // 3 % bad against a 1 % budget: 1 − 0.03 / 0.01 = −2.
        target: 0.99,
        budgetRemainingRatio: -2,
        status: 'frozen',
        alertState: 'ticket',
        evaluatedAtMs: Date.UTC(2026, 11, 1, 12, 5),
      });
      const empty = row(checkout, 'availability', {
        sli: null,
        budgetRemainingRatio: null,
        status: 'no-data',
      });
      await s.replaceEntity(payments, [frozen]);
      await s.replaceEntity(checkout, [empty]);
      // Ordered by entity, then SLO; the newest time is payments' 12:05.
      expect(await s.readAll()).toEqual({
        rows: [empty, frozen],
        asOfMs: Date.UTC(2026, 11, 1, 12, 5),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    "replaces one entity's rows and leaves the others alone, %p",
    async databaseId => {
      const { store: s } = await store(databaseId);
      await s.replaceEntity(checkout, [
        row(checkout, 'availability'),
        row(checkout, 'latency'),
      ]);
      await s.replaceEntity(payments, [row(payments, 'availability')]);
      // checkout's latency SLO was removed; availability is now at risk.
      const atRisk = row(checkout, 'availability', {
        budgetRemainingRatio: 0.2,
        status: 'at-risk',
      });
      await s.replaceEntity(checkout, [atRisk]);
      expect((await s.readAll()).rows).toEqual([
        atRisk,
        row(payments, 'availability'),
      ]);
      await s.replaceEntity(payments, []);
      expect((await s.readAll()).rows).toEqual([atRisk]);
    },
  );

  it.each(databases.eachSupportedId())(
    'replaces all or nothing: a failed insert keeps the old rows, %p',
    async databaseId => {
      const { store: s } = await store(databaseId);
      const old = row(checkout, 'availability');
      await s.replaceEntity(checkout, [old]);
      // The same SLO twice breaks the primary key after the delete ran.
      await expect(
        s.replaceEntity(checkout, [
          row(checkout, 'latency'),
          row(checkout, 'latency'),
        ]),
      ).rejects.toThrow();
      expect((await s.readAll()).rows).toEqual([old]);
      await expect(
        s.replaceEntity(checkout, [row(payments, 'availability')]),
      ).rejects.toThrow(/belongs to component:default\/payments/);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes and reads 1,200 SLOs of one entity (chunked inserts), %p',
    async databaseId => {
      const { store: s } = await store(databaseId);
      const many = Array.from({ length: 1_200 }, (_, i) =>
        row(checkout, `slo-${String(i).padStart(4, '0')}`),
      );
      await s.replaceEntity(checkout, many);
      expect((await s.readAll()).rows).toEqual(many);
    },
  );

  it.each(databases.eachSupportedId())(
    'retains only the listed entities, however many rows are stale, %p',
    async databaseId => {
      const { knex, store: s } = await store(databaseId);
      // 1,500 stale entities: more than one IN list of refs to delete.
      const entity = (i: number) => `component:default/svc-${i}`;
      const stale = Array.from({ length: 1_500 }, (_, i) => ({
        entity_ref: entity(i),
        slo_id: 'availability',
        name: 'Availability',
        target: 0.99,
        sli: 0.995,
        budget_remaining_ratio: 0.5,
        status: 'ok',
        alert_state: 'none',
        evaluated_at_ms: 0,
      }));
      for (let i = 0; i < stale.length; i += 100) {
        await knex('slo_status').insert(stale.slice(i, i + 100));
      }
      await s.replaceEntity(checkout, [row(checkout, 'availability')]);
      await s.replaceEntity(payments, [row(payments, 'availability')]);

      // A listed entity without rows (not refreshed yet) is no problem.
      await s.retainOnly([payments, entity(7), 'component:default/new']);
      const left = (await s.readAll()).rows.map(r => r.entityRef);
      expect(left).toEqual([payments, entity(7)]);

      await s.retainOnly([]);
      expect(await s.readAll()).toEqual({ rows: [], asOfMs: null });
    },
  );
});
