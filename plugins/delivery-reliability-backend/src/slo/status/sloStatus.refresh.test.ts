import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../../database/migrations';
import { formulaSlo } from '../evaluation/__testUtils__/formulaSource';
import { startStatusTest } from './__testUtils__/startStatusTest';
import { SloStatusRow } from './types';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const payments = 'component:default/payments';

// FormulaSource: 100 events a step, (step number mod 7) of them bad, i.e.
// 3 bad per 100 over each week of steps; a 30-day window (8,640 steps =
// 1,234 × 7 + 2) holds 2.99–3.01 % bad. Budget left = 1 − 0.03 / (1 − target)
// and burn rate = 0.03 / (1 − target), the same ~3 % in every alert window
// (the 5-minute one: 0–6 %):
const slo = (name: string, target: number, sourceType?: string) =>
  formulaSlo({ name, target, duration: '30d', sourceType });
const checkoutSlos = [
  slo('roomy', 0.9), // ≈ 0.7 left, burn 0.3: ok
  slo('tight', 0.962), // ≈ 0.21 left (< 0.25), burn 0.79: at-risk
  // ≈ −2 left: frozen; burn 3 over 3 d and 6 h (> 1) opens a ticket, but
  // stays below the page thresholds (14.4 over 1 h and 5 m, 6 over 6 h and 30 m).
  slo('strict', 0.99),
  slo('unread', 0.99, 'Other'), // no source reads it: no-data
];
// payments' own policy puts 0.7 left below its at-risk line of 0.8.
const paymentsSlos = [slo('roomy', 0.9)];
const policies = {
  policies: [{ entityRef: payments, atRiskBelowRatio: 0.8 }],
};

const byEntity = (rows: SloStatusRow[], ref: string) =>
  rows.filter(r => r.entityRef === ref);
const summary = (rows: SloStatusRow[]) =>
  rows.map(r => [r.sloId, r.status, r.budgetRemainingRatio, r.alertState]);

describe('SLO status snapshot refresh', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  async function setup(id: Parameters<typeof databases.init>[0]) {
    const knex: Knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    return knex;
  }

  it.each(databases.eachSupportedId())(
    'after a scheduled cycle holds what GET /v1/slos answers at the same instant, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const t = await startStatusTest(
        knex,
        { [checkout]: checkoutSlos, [payments]: paymentsSlos },
        policies,
      );
      const beforeMs = Date.now();
      await t.runScheduledCycle();
      const { rows, asOfMs } = await t.slos.sloStatus.readAll();

      expect(rows).toHaveLength(5);
      const nowMs = rows[0].evaluatedAtMs;
      expect(rows.every(r => r.evaluatedAtMs === nowMs)).toBe(true);
      expect(asOfMs).toBe(nowMs);
      expect(nowMs).toBeGreaterThanOrEqual(beforeMs);
      expect(summary(byEntity(rows, checkout))).toEqual([
        ['roomy', 'ok', expect.closeTo(0.7, 2), 'none'],
        ['strict', 'frozen', expect.closeTo(-2, 1), 'ticket'],
        ['tight', 'at-risk', expect.closeTo(0.21, 2), 'none'],
        ['unread', 'no-data', null, 'none'],
      ]);
      expect(summary(byEntity(rows, payments))).toEqual([
        ['roomy', 'at-risk', expect.closeTo(0.7, 2), 'none'],
      ]);
      for (const ref of [checkout, payments]) {
        const api = await t.apiRows(ref, nowMs);
        expect(byEntity(rows, ref)).toEqual(
          api.sort((a: SloStatusRow, b: SloStatusRow) =>
            a.sloId < b.sloId ? -1 : 1,
          ),
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'after a first-sight evaluation holds that entity, as GET /v1/slos answers it, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const t = await startStatusTest(
        knex,
        { [checkout]: checkoutSlos, [payments]: paymentsSlos },
        policies,
      );
      await t.slos.evaluateFirstSight(payments);
      const { rows } = await t.slos.sloStatus.readAll();
      expect(rows.map(r => r.entityRef)).toEqual([payments]);
      expect(rows[0]).toMatchObject({ name: 'roomy', target: 0.9 });
      expect(rows).toEqual(await t.apiRows(payments, rows[0].evaluatedAtMs));
      expect(rows[0].status).toBe('at-risk');
    },
  );

  it.each(databases.eachSupportedId())(
    "drops a removed SLO's and a removed entity's rows at the next cycle, %p",
    async databaseId => {
      const knex = await setup(databaseId);
      const before = await startStatusTest(knex, {
        [checkout]: checkoutSlos,
        [payments]: paymentsSlos,
      });
      await before.runScheduledCycle();
      expect((await before.slos.sloStatus.readAll()).rows).toHaveLength(5);

      // Restarted with `strict` gone from checkout and payments' SLOs gone.
      const after = await startStatusTest(knex, {
        [checkout]: checkoutSlos.filter(s => s.metadata.name !== 'strict'),
      });
      await after.runScheduledCycle();
      const { rows } = await after.slos.sloStatus.readAll();
      expect(rows.map(r => [r.entityRef, r.sloId])).toEqual([
        [checkout, 'roomy'],
        [checkout, 'tight'],
        [checkout, 'unread'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps refreshing the others when one entity fails, and keeps what it cannot recompute, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const t = await startStatusTest(knex, {
        [checkout]: checkoutSlos,
        [payments]: paymentsSlos,
      });
      await t.runScheduledCycle();
      const first = (await t.slos.sloStatus.readAll()).rows;
      const firstMs = first[0].evaluatedAtMs;

      await new Promise(r => setTimeout(r, 5));
      t.failing.add(checkout);
      await t.runScheduledCycle();
      const second = (await t.slos.sloStatus.readAll()).rows;
      // checkout's rows stay as they were (still listed, so not dropped).
      expect(byEntity(second, checkout)).toEqual(byEntity(first, checkout));
      const [paymentsRow] = byEntity(second, payments);
      expect(paymentsRow.evaluatedAtMs).toBeGreaterThan(firstMs);
      expect(t.logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^SLO status of component:default\/checkout not refreshed: .*catalog timeout/,
        ),
      );

      // Entities cannot be listed at all: the cycle ends quietly, rows kept.
      t.failing.add('*');
      await expect(t.runScheduledCycle()).resolves.toBeUndefined();
      expect((await t.slos.sloStatus.readAll()).rows).toEqual(second);
    },
  );
});
