import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE, asUser } from '../../__testUtils__/startTestPlugin';
import { availabilitySlo } from './__testUtils__/sloDocuments';
import { NOW, STEP, startSloTest } from './__testUtils__/startSloTest';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';

describe('GET /v1/slos on first sight', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'evaluates never-evaluated objectives before answering, once, %p',
    async databaseId => {
      const calls: string[] = [];
      let knexOf: any;
      const started = await startSloTest(databases, databaseId, {
        documents: {
          [checkout]: [availabilitySlo('checkout-availability', 'Checkout')],
        },
        // Stands in for the evaluator: stores what a backfill would.
        evaluateFirstSight: async entityRef => {
          calls.push(entityRef);
          await knexOf('sli_buckets').insert({
            entity_ref: checkout,
            slo_id: 'checkout-availability',
            start_ms: NOW - STEP,
            good: 995,
            total: 1_000,
          });
          await knexOf('slo_evaluation_state').insert({
            entity_ref: checkout,
            slo_id: 'checkout-availability',
            definition_hash: 'h',
            step_ms: STEP,
            last_success_ms: NOW,
            last_attempt_ms: NOW,
          });
        },
      });
      knexOf = started.knex;

      const first = await started.http
        .get(`${BASE}/v1/slos?entityRef=${checkout}`)
        .set(asUser);
      expect(first.status).toBe(200);
      // 5 bad of 1,000 against a 1 % budget: 1 − 0.005 / 0.01 = 0.5 left.
      expect(first.body.slos[0]).toMatchObject({
        good: 995,
        total: 1_000,
        budgetRemainingRatio: 0.5,
      });
      const again = await started.http
        .get(`${BASE}/v1/slos?entityRef=${checkout}`)
        .set(asUser);
      expect(again.status).toBe(200);
      expect(calls).toEqual([checkout]);
    },
  );
});
