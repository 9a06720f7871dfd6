import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE, asService, asUser } from '../../__testUtils__/startTestPlugin';
import { availabilitySlo, brokenSlo } from './__testUtils__/sloDocuments';
import {
  DAY,
  HOUR,
  NOW,
  STEP,
  bucket,
  checkoutBuckets,
  startSloTest,
} from './__testUtils__/startSloTest';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const iso = (ms: number) => new Date(ms).toISOString();

describe('GET /v1/slos', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'evaluates a 99 % SLO over 28 rolling days from its stored buckets, %p',
    async databaseId => {
      const { http, insertBuckets, definitions } = await startSloTest(
        databases,
        databaseId,
        {
          documents: {
            [checkout]: [availabilitySlo('checkout-availability', 'Checkout')],
          },
        },
      );
      await insertBuckets(checkout, 'checkout-availability', [
        ...checkoutBuckets(),
        // Older than 28 days: outside the window, however bad.
        bucket(NOW - 29 * DAY, 10_000, 10_000),
      ]);

      // Entity refs are normalized like the DORA routes do.
      const res = await http
        .get(`${BASE}/v1/slos?entityRef=Checkout`)
        .set(asUser);
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe(checkout);
      expect(res.body.issues).toEqual([]);
      expect(res.body.slos).toHaveLength(1);
      const [slo] = res.body.slos;
      expect(slo).toMatchObject({
        id: 'checkout-availability',
        name: 'checkout-availability',
        displayName: 'Checkout',
        entityRef: checkout,
        objective: { index: 0, displayName: 'Availability', target: 0.99 },
        window: {
          type: 'rolling',
          duration: '28d',
          from: iso(NOW - 28 * DAY),
          to: iso(NOW),
          periodSeconds: 28 * 86_400,
        },
        budgetingMethod: 'Occurrences',
        unit: 'events',
        good: 99_600,
        total: 100_000,
        status: 'ok',
        alertState: 'none',
        dataFreshness: { lastBucketAt: iso(NOW - STEP), stale: false },
      });
      // SLI = 99,600 / 100,000; budget left = 1 − 0.004 / 0.01.
      expect(slo.sli).toBeCloseTo(0.996, 10);
      expect(slo.errorBudgetRatio).toBeCloseTo(0.01, 10);
      expect(slo.budgetRemainingRatio).toBeCloseTo(0.6, 10);
      // 1 d: the bucket of NOW − 1 d, 120 / 10,000 bad → 0.012 / 0.01 = 1.2.
      expect(slo.burnRates['1d']).toBeCloseTo(1.2, 10);
      // 3 d: 225 / 30,000 = 0.0075 → 0.75. The last hour had no traffic.
      expect(slo.burnRates['3d']).toBeCloseTo(0.75, 10);
      expect(slo.burnRates['1h']).toBeNull();
      // The catalog is read with the caller's credentials.
      expect(definitions.callers[0].principal).toMatchObject({ type: 'user' });

      expect(
        (await http.get(`${BASE}/v1/slos?entityRef=${checkout}`).set(asService))
          .status,
      ).toBe(200);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists each objective, and definition problems as issues, %p',
    async databaseId => {
      const { http, insertBuckets } = await startSloTest(
        databases,
        databaseId,
        {
          documents: {
            [checkout]: [
              availabilitySlo('checkout-availability', 'Checkout', {
                objectives: [
                  { displayName: 'Two nines', target: 0.99 },
                  { displayName: 'Three nines', target: 0.999 },
                ],
              }),
              brokenSlo,
            ],
          },
        },
      );
      await insertBuckets(checkout, 'checkout-availability', checkoutBuckets());
      // The second objective's buckets are stored under its own id.
      await insertBuckets(checkout, 'checkout-availability#1', [
        bucket(NOW - DAY, 10_000, 5),
        bucket(NOW - STEP, 0, 0),
      ]);

      const res = await http
        .get(`${BASE}/v1/slos?entityRef=${checkout}`)
        .set(asUser);
      expect(res.status).toBe(200);
      const [first, second] = res.body.slos;
      expect(first.id).toBe('checkout-availability');
      expect(first.budgetRemainingRatio).toBeCloseTo(0.6, 10);
      expect(second.id).toBe('checkout-availability#1');
      // 5 / 10,000 = 0.0005 bad of a 0.001 budget: half left.
      expect(second.budgetRemainingRatio).toBeCloseTo(0.5, 10);
      expect(res.body.issues).toHaveLength(1);
      expect(res.body.issues[0]).toMatchObject({
        document: { index: 1, kind: 'SLO', name: 'broken' },
      });
      expect(res.body.issues[0].message).toContain('missing-sli');
    },
  );

  it.each(databases.eachSupportedId())(
    'marks data stale when the newest bucket is older than staleAfterMinutes or the last read failed, %p',
    async databaseId => {
      const documents = {
        'component:default/quiet': [availabilitySlo('quiet', 'Quiet')],
        'component:default/failing': [availabilitySlo('failing', 'Failing')],
      };
      const { http, insertBuckets, knex } = await startSloTest(
        databases,
        databaseId,
        {
          documents,
          config: { deliveryReliability: { slo: { staleAfterMinutes: 30 } } },
        },
      );
      // Ended 35 minutes ago (> 30): stale. 20 minutes ago would not be.
      await insertBuckets('component:default/quiet', 'quiet', [
        bucket(NOW - 40 * 60_000, 100, 0),
      ]);
      await insertBuckets('component:default/failing', 'failing', [
        bucket(NOW - STEP, 100, 0),
      ]);
      await knex('slo_evaluation_state').insert({
        entity_ref: 'component:default/failing',
        slo_id: 'failing',
        definition_hash: 'h',
        step_ms: STEP,
        last_success_ms: NOW - HOUR,
        last_attempt_ms: NOW - STEP,
        last_error: 'Prometheus answered 503 Service Unavailable',
      });

      const read = async (ref: string) =>
        (await http.get(`${BASE}/v1/slos?entityRef=${ref}`).set(asUser)).body
          .slos[0].dataFreshness;
      expect(await read('quiet')).toEqual({
        lastBucketAt: iso(NOW - 40 * 60_000),
        stale: true,
      });
      expect(await read('failing')).toEqual({
        lastBucketAt: iso(NOW - STEP),
        stale: true,
        lastError: 'Prometheus answered 503 Service Unavailable',
      });

      // Fresh again once a read succeeds after the error.
      await knex('slo_evaluation_state')
        .where({ slo_id: 'failing' })
        .update({ last_success_ms: NOW - STEP });
      expect(await read('failing')).toEqual({
        lastBucketAt: iso(NOW - STEP),
        stale: false,
      });
    },
  );
});
