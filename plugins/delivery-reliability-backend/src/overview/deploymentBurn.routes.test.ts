import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE } from '../__testUtils__/startTestPlugin';
import { availabilitySlo } from '../slo/routes/__testUtils__/sloDocuments';
import {
  DAY,
  HOUR,
  MINUTE,
  alignedNow,
  bucket,
  iso,
  startOverviewTest,
} from './__testUtils__/startOverviewTest';

jest.setTimeout(60_000);

const svcA = 'component:default/svc-a';
const svcB = 'component:default/svc-b';
const SLO = 'svc-a-availability';
// The SLO is 99 % over 28 rolling days = 672 hours: one hour at burn rate
// r consumes r/672 of the period's budget.
const HOURS_28D = 672;

const deployment = (id: string, finishedAtMs: number, extra: object = {}) => ({
  type: 'deployment',
  id,
  entityRef: svcA,
  environment: 'production',
  status: 'succeeded',
  finishedAt: iso(finishedAtMs),
  ...extra,
});

describe('GET /v1/deployment-burn', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any, verdict?: object) {
    const T = alignedNow();
    // Five whole UTC days ending at the next midnight.
    const toMs = Math.floor(T / DAY) * DAY + DAY;
    const window = { from: iso(toMs - 5 * DAY), to: iso(toMs) };
    const [s1, s2, s3, s4] = [
      T - DAY,
      T - 2 * DAY,
      T - 3 * DAY,
      T - 10 * MINUTE,
    ];
    const test = await startOverviewTest(databases, databaseId, {
      slos: {
        [svcA]: [availabilitySlo(SLO, 'A availability')],
        [svcB]: [
          availabilitySlo('svc-b-availability', 'B availability', {
            objectives: [
              { displayName: 'Availability', target: 0.99 },
              { displayName: 'Strict', target: 0.999 },
            ],
          }),
        ],
      },
      maintenanceWindows: [
        {
          id: 'mw-db',
          entityRef: svcA,
          from: iso(s3 + 15 * MINUTE),
          to: iso(s3 + 25 * MINUTE),
          reason: 'database upgrade',
        },
      ],
      ...(verdict && { verdict: verdict as any }),
    });
    await test.post([
      // d1 finishes 2 minutes into the step starting at s1.
      deployment('d1', s1 + 2 * MINUTE, { version: '1.4.0' }),
      deployment('d2', s2),
      // Rolls d2 back 3 h later; a rollback is a production deployment.
      deployment('d7', s2 + 3 * HOUR, { rollback: true, rollsBack: 'd2' }),
      deployment('d3', s3),
      deployment('d4', s4 + MINUTE),
      // Not listed: staging, failed, before the window, another component.
      deployment('d5', s1 + 10 * MINUTE, { environment: 'staging' }),
      deployment('d6', s1 + 20 * MINUTE, { status: 'failed' }),
      deployment('d8', T - 6 * DAY),
      deployment('d9', s1, { entityRef: svcB }),
    ]);
    await test.insertBuckets(svcA, SLO, [
      // d1: before [s1 − 1 h, s1) = 1 bad of 1,000; after [s1, s1 + 1 h) =
      // 15 + 5 = 20 bad of 400 + 600. The two all-bad buckets lie just
      // outside the hours (s1 − 65 min, s1 + 60 min).
      bucket(s1 - 65 * MINUTE, 1_000, 1_000),
      bucket(s1 - 30 * MINUTE, 1_000, 1),
      bucket(s1, 400, 15),
      bucket(s1 + 30 * MINUTE, 600, 5),
      bucket(s1 + 60 * MINUTE, 1_000, 1_000),
      // d2: a clean step just before, 50 bad of 1,000 right after.
      bucket(s2 - 5 * MINUTE, 1_000, 0),
      bucket(s2, 1_000, 50),
      // d3: 500 bad during planned maintenance — left out.
      bucket(s3 - 10 * MINUTE, 1_000, 0),
      bucket(s3, 1_000, 0),
      bucket(s3 + 20 * MINUTE, 1_000, 500),
      // d4: its hour after is still running.
      bucket(s4 - 30 * MINUTE, 1_000, 0),
      bucket(s4, 500, 0),
    ]);
    return { ...test, T, window, s1, s2, s3, s4 };
  }

  it.each(databases.eachSupportedId())(
    'compares the budget consumed in the hour after each deployment with the hour before, %p',
    async databaseId => {
      const { get, window, s1, s3, s4 } = await start(databaseId);
      const res = await get('/v1/deployment-burn', {
        entityRef: 'svc-a',
        ...window,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: svcA,
        window: { ...window, days: 5 },
        thresholdRatio: 0.005,
      });
      const byId = Object.fromEntries(
        res.body.deployments.map((d: any) => [d.deploymentId, d]),
      );
      // Production (rollback included), in the window, newest first.
      expect(res.body.deployments.map((d: any) => d.deploymentId)).toEqual([
        'd4',
        'd1',
        'd7',
        'd2',
        'd3',
      ]);

      // d1: before 1 bad / 1,000 = 0.1 % → burn 0.1 → 0.1/672; after
      // 20 / 1,000 = 2 % → burn 2 → 2/672. Delta 1.9/672 = 0.28 % < 0.5 %.
      const d1 = byId.d1;
      expect(d1).toMatchObject({
        finishedAt: iso(s1 + 2 * MINUTE),
        version: '1.4.0',
        environment: 'production',
        complete: true,
        burned: false,
      });
      const [d1Slo] = d1.slos;
      expect(d1Slo).toMatchObject({
        sloId: SLO,
        name: 'A availability',
        before: { good: 999, total: 1_000 },
        after: { good: 980, total: 1_000 },
        burned: false,
      });
      expect(d1Slo.before.budgetConsumedRatio).toBeCloseTo(0.1 / HOURS_28D, 12);
      expect(d1Slo.after.budgetConsumedRatio).toBeCloseTo(2 / HOURS_28D, 12);
      expect(d1Slo.deltaRatio).toBeCloseTo(1.9 / HOURS_28D, 12);

      // d2: 0 before; 50 / 1,000 = 5 % → burn 5 → 5/672 = 0.74 % ≥ 0.5 %.
      const d2 = byId.d2;
      expect(d2.burned).toBe(true);
      expect(d2.slos[0]).toMatchObject({
        before: { good: 1_000, total: 1_000, budgetConsumedRatio: 0 },
        after: { good: 950, total: 1_000 },
        burned: true,
      });
      expect(d2.slos[0].deltaRatio).toBeCloseTo(5 / HOURS_28D, 12);
      expect(d2.worst.sloId).toBe(SLO);
      expect(d2.worst.deltaRatio).toBeCloseTo(5 / HOURS_28D, 12);
      expect(d2.version).toBeUndefined();

      // d7 (the rollback): no buckets within an hour of it.
      expect(byId.d7).toMatchObject({ burned: false, worst: null });
      expect(byId.d7.slos[0]).toMatchObject({
        before: { total: 0, budgetConsumedRatio: null },
        after: { total: 0, budgetConsumedRatio: null },
        deltaRatio: null,
        burned: false,
      });

      // d3: the 500 bad events fell in the maintenance window, so the hour
      // after holds only the clean bucket at s3: delta 0.
      expect(byId.d3.finishedAt).toBe(iso(s3));
      expect(byId.d3.slos[0]).toMatchObject({
        before: { good: 1_000, total: 1_000, budgetConsumedRatio: 0 },
        after: { good: 1_000, total: 1_000, budgetConsumedRatio: 0 },
        deltaRatio: 0,
        burned: false,
      });

      // d4 finished at s4 + 1 min; its hour after ends at s4 + 1 h, which
      // is 50 minutes from now.
      expect(byId.d4).toMatchObject({ complete: false, burned: false });
      expect(byId.d4.slos[0]).toMatchObject({
        after: { good: 500, total: 500 },
        deltaRatio: 0,
      });
      expect(s4 + HOUR).toBeGreaterThan(Date.now());
    },
  );

  it.each(databases.eachSupportedId())(
    'uses the configured threshold, %p',
    async databaseId => {
      // d1's delta 1.9/672 = 0.28 % reaches a 0.2 % threshold.
      const { get, window } = await start(databaseId, {
        deploymentBurnThresholdRatio: 0.002,
      });
      const res = await get('/v1/deployment-burn', {
        entityRef: svcA,
        ...window,
      });
      expect(res.body.thresholdRatio).toBe(0.002);
      const burned = res.body.deployments
        .filter((d: any) => d.burned)
        .map((d: any) => d.deploymentId);
      expect(burned).toEqual(['d1', 'd2']);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists at most the newest 500 deployments, each with every objective, %p',
    async databaseId => {
      const { post, get, T, window } = await start(databaseId);
      // 502 deployments of svc-b a minute apart, k = 0 newest.
      const many = Array.from({ length: 502 }, (_, k) => ({
        ...deployment(`b-${String(k).padStart(3, '0')}`, T - DAY - k * MINUTE),
        entityRef: svcB,
      }));
      await post(many);
      const res = await get('/v1/deployment-burn', {
        entityRef: svcB,
        ...window,
      });
      expect(res.status).toBe(200);
      // d9 (at T − 1 d) and b-000 finish together; ties go by id.
      const ids = res.body.deployments.map((d: any) => d.deploymentId);
      expect(ids).toHaveLength(500);
      expect(ids.slice(0, 3)).toEqual(['b-000', 'd9', 'b-001']);
      expect(ids[499]).toBe('b-498');
      // Two objectives of one SLO, named apart; no buckets, so no data.
      expect(res.body.deployments[0].slos).toEqual([
        expect.objectContaining({
          sloId: 'svc-b-availability',
          name: 'B availability (Availability)',
          deltaRatio: null,
        }),
        expect.objectContaining({
          sloId: 'svc-b-availability#1',
          name: 'B availability (Strict)',
          deltaRatio: null,
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad input naming the field, and unauthenticated calls, %p',
    async databaseId => {
      const { get, http, window } = await start(databaseId);
      const missing = await get('/v1/deployment-burn', window);
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain('entityRef');

      const group = await get('/v1/deployment-burn', {
        entityRef: 'group:default/payments-team',
        ...window,
      });
      expect(group.status).toBe(400);
      expect(group.body.error.message).toBe(
        'entityRef must name a Component (deployment burn is per service), got group:default/payments-team',
      );

      const reversed = await get('/v1/deployment-burn', {
        entityRef: svcA,
        from: window.to,
        to: window.from,
      });
      expect(reversed.status).toBe(400);
      expect(reversed.body.error.message).toContain('from must be before to');

      const anonymous = await http.get(
        `${BASE}/v1/deployment-burn?entityRef=svc-a`,
      );
      expect(anonymous.status).toBe(401);
    },
  );
});
