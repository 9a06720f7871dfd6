import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE } from '../__testUtils__/startTestPlugin';
import { availabilitySlo } from '../slo/routes/__testUtils__/sloDocuments';
import {
  DAY,
  HOUR,
  alignedNow,
  bucket,
  iso,
  startOverviewTest,
} from './__testUtils__/startOverviewTest';

jest.setTimeout(60_000);

const ref = (name: string) => `component:default/${name}`;

/**
 * 100,000 events over ten days long past the burn-rate windows (T − 4…13 d),
 * `bad` spread evenly. Against a 99 % target the budget left is
 * 1 − (bad / 100,000) / 0.01: 400 bad → 0.6 (ok), 900 → 0.1 (at risk,
 * below 0.25), 2,000 → −1 (frozen).
 */
const tenDays = (T: number, bad: number) =>
  Array.from({ length: 10 }, (_, i) =>
    bucket(T - (i + 4) * DAY, 10_000, bad / 10),
  );

/** A change first committed `leadDays` before a production deployment at `atMs`. */
function shipped(service: string, id: string, atMs: number, leadDays: number) {
  return [
    {
      type: 'change',
      id: `c-${id}`,
      entityRef: ref(service),
      firstCommitAt: iso(atMs - leadDays * DAY),
    },
    {
      type: 'deployment',
      id: `d-${id}`,
      entityRef: ref(service),
      environment: 'production',
      status: 'succeeded',
      finishedAt: iso(atMs),
      changeIds: [`c-${id}`],
    },
  ];
}

const slos = {
  [ref('svc-a')]: [availabilitySlo('svc-a-availability', 'A availability')],
  [ref('svc-b')]: [
    availabilitySlo('svc-b-availability', 'B availability'),
    availabilitySlo('svc-b-latency', 'B latency'),
  ],
  [ref('svc-c')]: [availabilitySlo('svc-c-availability', 'C availability')],
};

describe('GET /v1/verdict', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any, verdict?: object) {
    const T = alignedNow();
    // A 7-day window of whole UTC days ending at the next midnight.
    const toMs = Math.floor(T / DAY) * DAY + DAY;
    const window = { from: iso(toMs - 7 * DAY), to: iso(toMs) };
    const test = await startOverviewTest(databases, databaseId, {
      slos,
      ...(verdict && { verdict: verdict as any }),
    });
    // payments-team owns svc-a and, through payments-core, svc-b: five
    // production deployments in 7 days; lead times 8, 9, 10 d (svc-a) and
    // 9, 12 d (svc-b). svc-c belongs to another team.
    await test.post([
      ...shipped('svc-a', 'a1', T - 1 * DAY, 8),
      ...shipped('svc-a', 'a2', T - 2 * DAY, 9),
      ...shipped('svc-a', 'a3', T - 3 * DAY, 10),
      ...shipped('svc-b', 'b1', T - 4 * DAY, 9),
      ...shipped('svc-b', 'b2', T - 5 * DAY, 12),
    ]);
    await test.insertBuckets(
      ref('svc-a'),
      'svc-a-availability',
      tenDays(T, 400),
    );
    await test.insertBuckets(
      ref('svc-b'),
      'svc-b-availability',
      tenDays(T, 900),
    );
    // svc-b-latency has no buckets: no data.
    await test.insertBuckets(
      ref('svc-c'),
      'svc-c-availability',
      tenDays(T, 2_000),
    );
    return { ...test, T, window };
  }

  it.each(databases.eachSupportedId())(
    'tells a team whose budget is healthy but whose lead time is slow to ship more often, %p',
    async databaseId => {
      const { get, window } = await start(databaseId);
      const res = await get('/v1/verdict', {
        entityRef: 'group:default/payments-team',
        ...window,
      });
      expect(res.status).toBe(200);
      // Union of lead times [8, 9, 9, 10, 12] d: nearest-rank p50 is rank
      // ⌈2.5⌉ = 3 → 9 d (≥ 1 week, < 30 d: medium). 5 deployments / 7 d =
      // 5/week (high). 0 of 5 failed, and 5 deployments are enough to judge.
      expect(res.body.dora.leadTimeForChanges.p50Seconds).toBe(9 * 86_400);
      expect(res.body.dora.deploymentFrequency).toMatchObject({
        deployments: 5,
        tier: 'high',
      });
      // svc-a ok, svc-b at risk and one without data; svc-c is not theirs.
      expect(res.body.sloStatusCounts).toEqual({
        ok: 1,
        'at-risk': 1,
        frozen: 0,
        'no-data': 1,
      });
      expect(res.body.verdict).toMatchObject({
        kind: 'ship-more-often',
        headline: 'ship more often: lead time 9 d (medium)',
        delivery: 'slow',
        stability: 'stable',
      });
      expect(
        res.body.verdict.reasons.map((r: any) => [r.tone, r.text]),
      ).toEqual([
        ['good', 'deploys 5/week (high)'],
        ['bad', 'lead time 9 d (medium)'],
        ['info', '1 SLO at risk'],
        ['info', '1 SLO without data'],
        ['good', 'CFR 0 %'],
      ]);
      expect(res.body.thresholds).toEqual({
        slowTiers: ['medium', 'low'],
        maxChangeFailureRatio: 0.15,
        minDeploymentsForChangeFailureRate: 5,
        unstableBudgetStatuses: ['frozen'],
      });
      expect(res.body.window).toEqual({ ...window, days: 7 });

      // The system of the same two components gets the same answer.
      const system = await get('/v1/verdict', {
        entityRef: 'system:default/payments',
        ...window,
      });
      expect(system.body.verdict.headline).toBe(res.body.verdict.headline);
      expect(system.body.sloStatusCounts).toEqual(res.body.sloStatusCounts);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies configured thresholds: at-risk SLOs unstable → stabilise first, %p',
    async databaseId => {
      const { get, window } = await start(databaseId, {
        unstableBudgetStatuses: ['frozen', 'at-risk'],
      });
      const res = await get('/v1/verdict', {
        entityRef: 'group:default/payments-team',
        ...window,
      });
      expect(res.status).toBe(200);
      expect(res.body.verdict.headline).toBe(
        'stabilise first: lead time 9 d (medium), 1 SLO at risk',
      );
      expect(res.body.thresholds.unstableBudgetStatuses).toEqual([
        'frozen',
        'at-risk',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'tells a component with a frozen SLO and failing deployments to stabilise, %p',
    async databaseId => {
      const { get, post, T, window } = await start(databaseId);
      // svc-c: 6 deployments in 7 days (6/week, high), lead time 2 h
      // (elite); incidents name 2 of them: CFR 2 / 6 = 33 % > 15 %.
      const events = [1, 2, 3, 4, 5, 6].flatMap(k =>
        shipped('svc-c', `c${k}`, T - k * DAY, 2 / 24),
      );
      await post([
        ...events,
        ...[1, 2].map(k => ({
          type: 'incident',
          id: `i-${k}`,
          entityRef: ref('svc-c'),
          startedAt: iso(T - k * DAY + HOUR),
          resolvedAt: iso(T - k * DAY + 2 * HOUR),
          deploymentId: `d-c${k}`,
        })),
      ]);
      const res = await get('/v1/verdict', {
        entityRef: 'svc-c',
        ...window,
      });
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe(ref('svc-c'));
      expect(res.body.dora.changeFailureRate).toMatchObject({
        deployments: 6,
        failed: 2,
      });
      expect(res.body.sloStatusCounts).toEqual({
        ok: 0,
        'at-risk': 0,
        frozen: 1,
        'no-data': 0,
      });
      expect(res.body.verdict).toMatchObject({
        kind: 'stabilise',
        headline: 'stabilise: 1 SLO frozen, CFR 33 %',
        delivery: 'fast',
        stability: 'unstable',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'has not enough data for a component without deployments or SLOs, %p',
    async databaseId => {
      const { get, window } = await start(databaseId);
      // Not in the catalog and no SLOs: answered like /v1/dora, not 404.
      const res = await get('/v1/verdict', {
        entityRef: 'component:default/unknown',
        ...window,
      });
      expect(res.status).toBe(200);
      expect(res.body.verdict).toMatchObject({
        kind: 'not-enough-data',
        headline:
          'not enough data: no production deployments in the window, no SLOs',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad input naming the field, and unauthenticated calls, %p',
    async databaseId => {
      const { get, http, window } = await start(databaseId);
      const missing = await get('/v1/verdict', window);
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain('entityRef');

      const reversed = await get('/v1/verdict', {
        entityRef: 'svc-a',
        from: window.to,
        to: window.from,
      });
      expect(reversed.status).toBe(400);
      expect(reversed.body.error.message).toContain('from must be before to');

      const badFrom = await get('/v1/verdict', {
        entityRef: 'svc-a',
        from: 'yesterday',
      });
      expect(badFrom.status).toBe(400);
      expect(badFrom.body.error.message).toContain('from must be an RFC 3339');

      const api = await get('/v1/verdict', { entityRef: 'api:default/pay' });
      expect(api.status).toBe(400);
      expect(api.body.error.message).toBe(
        'entityRef must name a Component, System or Group, got api:default/pay',
      );

      const unknownGroup = await get('/v1/verdict', {
        entityRef: 'group:default/nobody',
      });
      expect(unknownGroup.status).toBe(404);

      const anonymous = await http.get(`${BASE}/v1/verdict?entityRef=svc-a`);
      expect(anonymous.status).toBe(401);
    },
  );
});
