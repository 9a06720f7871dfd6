import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE, asUser } from '../../__testUtils__/startTestPlugin';
import { availabilitySlo } from './__testUtils__/sloDocuments';
import {
  DAY,
  HOUR,
  MINUTE,
  NOW,
  checkoutBuckets,
  startSloTest,
} from './__testUtils__/startSloTest';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const iso = (ms: number) => new Date(ms).toISOString();
const url = `${BASE}/v1/slos/checkout-availability/history`;

describe('GET /v1/slos/:id/history', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any) {
    const started = await startSloTest(databases, databaseId, {
      documents: {
        [checkout]: [availabilitySlo('checkout-availability', 'Checkout')],
      },
    });
    await started.insertBuckets(
      checkout,
      'checkout-availability',
      checkoutBuckets(),
    );
    const history = (query: Record<string, string>, path = url) =>
      started.http.get(path).query(query).set(asUser);
    return { ...started, history };
  }

  it.each(databases.eachSupportedId())(
    'answers the budget as it stood at each point, %p',
    async databaseId => {
      const { history } = await start(databaseId);
      const res = await history({
        entityRef: 'checkout',
        from: iso(NOW - 3 * DAY + HOUR),
        to: iso(NOW),
        step: '1d',
      });
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe(checkout);
      expect(res.body.id).toBe('checkout-availability');
      // Each point: the 28 days before it, and the hour before it. Bucket
      // k days ago holds 10,000 events with 120, 70, 35, 25, 25, … bad.
      const expected = [
        // k = 3…10: 80,000 events, 35 + 7·25 = 210 bad; last hour: k = 3.
        {
          at: NOW - 3 * DAY + HOUR,
          total: 80_000,
          bad: 210,
          left: 0.7375,
          burn: 0.35,
        },
        // k = 2…10: 90,000 events, 280 bad; 1 − (280 / 90,000) / 0.01.
        {
          at: NOW - 2 * DAY + HOUR,
          total: 90_000,
          bad: 280,
          left: 1 - 28 / 90,
          burn: 0.7,
        },
        // k = 1…10: 100,000 events, 400 bad.
        {
          at: NOW - DAY + HOUR,
          total: 100_000,
          bad: 400,
          left: 0.6,
          burn: 1.2,
        },
      ];
      expect(res.body.points).toHaveLength(3);
      res.body.points.forEach((point: any, i: number) => {
        const e = expected[i];
        expect(point.at).toBe(iso(e.at));
        expect(point.total).toBe(e.total);
        expect(point.good).toBe(e.total - e.bad);
        expect(point.sli).toBeCloseTo((e.total - e.bad) / e.total, 10);
        expect(point.budgetRemainingRatio).toBeCloseTo(e.left, 10);
        expect(point.burnRate1h).toBeCloseTo(e.burn, 10);
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'defaults to the SLO period up to now in at most 300 points of whole buckets, %p',
    async databaseId => {
      const { history } = await start(databaseId);
      const res = await history({ entityRef: checkout });
      expect(res.status).toBe(200);
      // 28 d = 8,064 buckets of 5 min; ⌈8,064 / 300⌉ = 27 buckets = 135 min
      // a point; ⌊40,320 / 135⌋ + 1 = 299 points from NOW − 28 d.
      const { points } = res.body;
      expect(points).toHaveLength(299);
      expect(points[0]).toMatchObject({
        at: iso(NOW - 28 * DAY),
        total: 0,
        sli: null,
      });
      expect(points[1].at).toBe(iso(NOW - 28 * DAY + 135 * MINUTE));
      const last = points[298];
      expect(last.at).toBe(iso(NOW - 90 * MINUTE));
      expect(last.total).toBe(100_000);
      expect(last.budgetRemainingRatio).toBeCloseTo(0.6, 10);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 404 for an unknown objective and 400 naming a bad parameter, %p',
    async databaseId => {
      const { history } = await start(databaseId);
      const unknown = await history(
        { entityRef: checkout },
        `${BASE}/v1/slos/checkout-availability%231/history`,
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'component:default/checkout has no SLO objective "checkout-availability#1"; its objectives are: checkout-availability',
      );

      const cases: Array<[Record<string, string>, string]> = [
        [{}, 'Invalid query parameter: entityRef is required'],
        [
          { entityRef: checkout, from: iso(NOW), to: iso(NOW - DAY) },
          `from must be before to; got from ${iso(NOW)} and to ${iso(
            NOW - DAY,
          )}`,
        ],
        [
          { entityRef: checkout, from: '2026-03-01T00:00:00' },
          'from must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T00:00:00Z), got "2026-03-01T00:00:00"',
        ],
        [
          { entityRef: checkout, from: iso(NOW - 401 * DAY) },
          'from and to span more than 400 days; move from closer to to',
        ],
        [
          { entityRef: checkout, step: 'fortnight' },
          'step must be auto or a duration like 5m, 1h or 1d, got "fortnight"',
        ],
        [
          { entityRef: checkout, step: '1m' },
          // 40,320 minutes / 1 m + 1; 40,320 / 1,999 = 20.2 → 21 m.
          'step 1m gives 40321 points between from and to, more than 2000; use step=auto or a step of at least 21m',
        ],
      ];
      for (const [query, message] of cases) {
        const res = await history(query);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      }
    },
  );
});
