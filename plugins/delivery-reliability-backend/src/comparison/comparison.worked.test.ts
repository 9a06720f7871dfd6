import { TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { comparisonCatalog } from './__fixtures__/comparisonCatalog';
import {
  EVALUATED_AT_MS,
  HOUR,
  comparisonEvents,
  comparisonSloStatus,
  week,
} from './__fixtures__/comparisonEvents';
import { startComparisonTest } from './__testUtils__/startComparisonTest';

jest.setTimeout(60_000);

const pay = 'component:default/svc-pay';
const core = 'component:default/svc-core';
const search = 'component:default/svc-search';
const lonely = 'component:default/svc-lonely';

const byRef = (rows: any[]) =>
  Object.fromEntries(rows.map(row => [row.entityRef, row]));

describe('GET /v1/comparison worked examples', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any, config?: JsonObject) {
    const started = await startComparisonTest(databases, databaseId, {
      entities: comparisonCatalog,
      config,
    });
    await started.ingest(comparisonEvents);
    await started.writeSloStatus(comparisonSloStatus);
    return started;
  }

  it.each(databases.eachSupportedId())(
    'answers every team as the union of its services’ events, not an average, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/comparison', week);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        environments: ['production'],
        leadTimeStart: 'firstCommit',
        tierTable: { id: 'dora-2023' },
        window: { from: '2026-03-02T00:00:00.000Z', days: 7 },
        previousWindow: { from: '2026-02-23T00:00:00.000Z', days: 7 },
        thresholds: { maxChangeFailureRatio: 0.15 },
        sloStatusAsOf: new Date(EVALUATED_AT_MS).toISOString(),
      });
      // empty-team owns nothing; org owns svc-pay and svc-core through its
      // descendants; svc-lonely (owned by a User) is a service of no team.
      expect(res.body.teams.map((t: any) => t.entityRef)).toEqual([
        'group:default/org',
        'group:default/payments',
        'group:default/payments-core',
        'group:default/search',
      ]);
      expect(res.body.services.map((s: any) => s.entityRef)).toEqual([
        core,
        lonely,
        pay,
        search,
      ]);
      const teams = byRef(res.body.teams);
      const payments = teams['group:default/payments'];
      expect(payments).toMatchObject({
        kind: 'group',
        title: 'Payments',
        parentRef: 'group:default/org',
        serviceRefs: [core, pay],
      });
      // Union of lead times [1, 2, 3, 4, 5] h (svc-pay) and [10, 200] h
      // (svc-core): 7 values, p50 at rank ⌈3.5⌉ = 4 → 4 h, p90 at rank
      // ⌈6.3⌉ = 7 → 200 h — not svc-pay's 3 h or svc-core's 10 h, nor their mean.
      expect(payments.dora.leadTimeForChanges).toEqual({
        n: 7,
        p50Seconds: 4 * HOUR,
        p90Seconds: 200 * HOUR,
        tier: 'elite',
      });
      // 5 + 2 deployments in 7 days = 1/day (elite); 1 failed of 7 = 14.3 %
      // (medium, ≤ 15 %) where svc-pay alone is 1 of 5 = 20 % (low).
      expect(payments.dora.deploymentFrequency).toEqual({
        deployments: 7,
        days: 7,
        perDay: 1,
        tier: 'elite',
      });
      expect(payments.dora.changeFailureRate).toEqual({
        deployments: 7,
        failed: 1,
        ratio: 1 / 7,
        tier: 'medium',
      });
      // Incident i1: 11:00 → 13:00 = 2 h (high: under a day).
      expect(payments.dora.failedDeploymentRecoveryTime).toMatchObject({
        failed: 1,
        n: 1,
        p50Seconds: 2 * HOUR,
        tier: 'high',
      });
      expect(payments.dora.deploymentReworkRate).toMatchObject({
        deployments: 7,
        unplanned: 1,
        ratio: 1 / 7,
      });
      // The previous week holds svc-pay's p0 only.
      expect(payments.previous.deploymentFrequency.deployments).toBe(1);
      expect(teams['group:default/org'].dora).toEqual(payments.dora);

      const services = byRef(res.body.services);
      expect(services[pay]).toMatchObject({
        kind: 'component',
        title: 'Pay API',
        ownerRef: 'group:default/payments',
        systemRef: 'system:default/shop',
      });
      expect(services[pay].dora.leadTimeForChanges).toMatchObject({
        n: 5,
        p50Seconds: 3 * HOUR,
        p90Seconds: 5 * HOUR,
      });
      expect(services[pay].dora.changeFailureRate).toMatchObject({
        failed: 1,
        ratio: 0.2,
        tier: 'low',
      });
      expect(services[core].dora.leadTimeForChanges).toMatchObject({
        n: 2,
        p50Seconds: 10 * HOUR,
        p90Seconds: 200 * HOUR,
      });
      expect(services[lonely]).toMatchObject({
        ownerRef: null,
        systemRef: null,
      });
      expect(services[lonely].dora.deploymentFrequency.deployments).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts SLO attainment and statuses, gates and verdicts per row, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/comparison', week);
      const teams = byRef(res.body.teams);
      const services = byRef(res.body.services);

      // svc-pay: 0.6 and 0.1 left, both met: 2 / 2. svc-core: −0.2 is not
      // met, one objective has no data: 0 / 1. Team: 2 met of 3 with data.
      expect(services[pay].slo).toEqual({
        objectives: 2,
        withData: 2,
        met: 2,
        attainmentRatio: 1,
        statusCounts: { ok: 1, 'at-risk': 1, frozen: 0, 'no-data': 0 },
        worstBudgetRemainingRatio: 0.1,
      });
      expect(services[core].slo).toEqual({
        objectives: 2,
        withData: 1,
        met: 0,
        attainmentRatio: 0,
        statusCounts: { ok: 0, 'at-risk': 0, frozen: 1, 'no-data': 1 },
        worstBudgetRemainingRatio: -0.2,
      });
      expect(teams['group:default/payments'].slo).toEqual({
        objectives: 4,
        withData: 3,
        met: 2,
        attainmentRatio: 2 / 3,
        statusCounts: { ok: 1, 'at-risk': 1, frozen: 1, 'no-data': 1 },
        worstBudgetRemainingRatio: -0.2,
      });

      // A frozen SLO denies a feature release; at risk allows; no SLOs: no gate.
      expect(services[pay].gate).toEqual({
        decision: 'allow',
        status: 'at-risk',
        deniedServices: 0,
      });
      expect(services[core].gate).toEqual({
        decision: 'deny',
        status: 'frozen',
        deniedServices: 1,
      });
      expect(services[search].gate).toEqual({
        decision: null,
        status: 'no-data',
        deniedServices: 0,
      });
      expect(teams['group:default/payments'].gate).toEqual({
        decision: 'deny',
        status: 'frozen',
        deniedServices: 1,
      });

      const headline = (row: any) => [row.verdict.kind, row.verdict.headline];
      // svc-pay is fast (5/7 a day: high; 3 h: elite) but fails 20 % > 15 %.
      expect(headline(services[pay])).toEqual([
        'stabilise',
        'stabilise: CFR 20 %',
      ]);
      // svc-core: its frozen SLO; 2 deployments are too few to judge its CFR.
      expect(headline(services[core])).toEqual([
        'stabilise',
        'stabilise: 1 SLO frozen',
      ]);
      // The team's union fails 14 % (within 15 %), but svc-core's SLO is frozen.
      expect(headline(teams['group:default/payments'])).toEqual([
        'stabilise',
        'stabilise: 1 SLO frozen',
      ]);
      // svc-search: 0 of 5 failed (stable) but changes wait 8 days (medium).
      expect(headline(services[search])).toEqual([
        'ship-more-often',
        'ship more often: lead time 8 d (medium)',
      ]);
      expect(headline(teams['group:default/search'])).toEqual(
        headline(services[search]),
      );
      expect(services[lonely].verdict.kind).toBe('not-enough-data');
    },
  );

  it.each(databases.eachSupportedId())(
    'judges with the configured verdict thresholds, %p',
    async databaseId => {
      const { get } = await start(databaseId, {
        deliveryReliability: { verdict: { maxChangeFailureRatio: 0.25 } },
      });
      const res = await get('/v1/comparison', week);
      expect(res.body.thresholds.maxChangeFailureRatio).toBe(0.25);
      // svc-pay's 20 % no longer exceeds the bound: fast (5 a week, high;
      // 3 h, elite) and stable (no SLO frozen) — every good reason named.
      const payRow = byRef(res.body.services)[pay];
      expect([payRow.verdict.kind, payRow.verdict.headline]).toEqual([
        'keep-going',
        'keep going: deploys 5/week (high), lead time 3 h (elite), CFR 20 %',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'restricts the answer to a group and its descendants, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      // Kind and namespace default to group:default; case does not matter.
      const res = await get('/v1/comparison', { ...week, group: 'Payments' });
      expect(res.status).toBe(200);
      expect(res.body.teams.map((t: any) => t.entityRef)).toEqual([
        'group:default/payments',
        'group:default/payments-core',
      ]);
      expect(res.body.services.map((s: any) => s.entityRef)).toEqual([
        core,
        pay,
      ]);
      expect(res.body.teams[1].dora.deploymentFrequency.deployments).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts another environment when asked, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/comparison', {
        ...week,
        environment: 'staging',
      });
      expect(res.status).toBe(200);
      expect(res.body.environments).toEqual(['staging']);
      const services = byRef(res.body.services);
      expect(services[pay].dora.deploymentFrequency.deployments).toBe(1);
      expect(services[core].dora.deploymentFrequency.deployments).toBe(0);
    },
  );
});
