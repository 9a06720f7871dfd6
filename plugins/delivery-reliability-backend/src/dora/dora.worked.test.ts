import { TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { startDoraTest } from './__testUtils__/startDoraTest';
import { HOUR, checkoutWeek, ref } from './__fixtures__/checkoutWeek';

jest.setTimeout(60_000);

const week = {
  entityRef: ref,
  from: '2026-03-02T00:00:00Z',
  to: '2026-03-09T00:00:00Z',
};

const tierTable = {
  id: 'dora-2023',
  year: '2023',
  name: 'Accelerate State of DevOps Report 2023',
  source: expect.stringContaining('2023'),
};

describe('GET /v1/dora worked examples', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  const start = (databaseId: any, config?: JsonObject) =>
    startDoraTest(databases, databaseId, { config });

  it.each(databases.eachSupportedId())(
    'answers all five metrics of a component week with tiers, n and the previous week, %p',
    async databaseId => {
      const { post, dora } = await start(databaseId);
      await post(checkoutWeek);

      // Edges inside a day are aligned outward to whole UTC days and echoed.
      const body = await dora({
        entityRef: 'Checkout',
        from: '2026-03-02T10:00:00+02:00',
        to: '2026-03-08T12:00:00Z',
      });
      expect(body).toMatchObject({
        entityRef: ref,
        entityRefs: [ref],
        environments: ['production'],
        leadTimeStart: 'firstCommit',
        tierTable,
        window: {
          from: '2026-03-02T00:00:00.000Z',
          to: '2026-03-09T00:00:00.000Z',
          days: 7,
        },
        previousWindow: {
          from: '2026-02-23T00:00:00.000Z',
          to: '2026-03-02T00:00:00.000Z',
          days: 7,
        },
      });
      expect(body.metrics).toEqual({
        deploymentFrequency: {
          deployments: 6,
          days: 7,
          perDay: 6 / 7,
          tier: 'high',
        },
        leadTimeForChanges: {
          n: 4,
          p50Seconds: 12 * HOUR,
          p90Seconds: 30 * HOUR,
          tier: 'elite',
        },
        changeFailureRate: {
          deployments: 6,
          failed: 3,
          ratio: 0.5,
          tier: 'low',
        },
        failedDeploymentRecoveryTime: {
          failed: 3,
          unresolved: 1,
          n: 2,
          p50Seconds: 0.5 * HOUR,
          tier: 'elite',
        },
        deploymentReworkRate: {
          deployments: 6,
          unplanned: 3,
          ratio: 0.5,
          tier: null,
        },
      });
      // Previous week: d0 only, exactly once a week (≥ 1/7 per day is high).
      expect(body.previous).toEqual({
        deploymentFrequency: {
          deployments: 1,
          days: 7,
          perDay: 1 / 7,
          tier: 'high',
        },
        leadTimeForChanges: {
          n: 0,
          p50Seconds: null,
          p90Seconds: null,
          tier: null,
        },
        changeFailureRate: {
          deployments: 1,
          failed: 0,
          ratio: 0,
          tier: 'elite',
        },
        failedDeploymentRecoveryTime: {
          failed: 0,
          unresolved: 0,
          n: 0,
          p50Seconds: null,
          tier: null,
        },
        deploymentReworkRate: {
          deployments: 1,
          unplanned: 0,
          ratio: 0,
          tier: null,
        },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'updates every affected day when a late incident fails an earlier deployment, %p',
    async databaseId => {
      const { post, dora, knex } = await start(databaseId);
      await post(checkoutWeek);
      expect((await dora(week)).metrics.changeFailureRate.failed).toBe(3);

      // Named by a late incident, d1 (Mar 2) fails: 1 h to recover.
      await post([
        {
          type: 'incident',
          id: 'late',
          entityRef: ref,
          startedAt: '2026-03-08T09:00:00Z',
          resolvedAt: '2026-03-08T10:00:00Z',
          deploymentId: 'd1',
        },
      ]);
      const { metrics } = await dora(week);
      expect(metrics.changeFailureRate).toMatchObject({
        failed: 4,
        ratio: 4 / 6,
      });
      expect(metrics.failedDeploymentRecoveryTime).toMatchObject({
        failed: 4,
        unresolved: 1,
        n: 3,
        // sorted [30 min, 1 h, 29 h]: rank 2
        p50Seconds: HOUR,
      });
      const day = await knex('dora_rollup_days').where({
        entity_ref: ref,
        environment: 'production',
        day_start: Date.parse('2026-03-02T00:00:00Z'),
      });
      // Running totals through Mar 2: d0 and d1, d1 now failed.
      expect(day).toMatchObject([{ deployments: 2, failed: 1, recovery_n: 1 }]);
    },
  );

  it.each(databases.eachSupportedId())(
    'moves a re-sent deployment between days, windows and environments, %p',
    async databaseId => {
      const { post, dora, knex } = await start(databaseId);
      await post(checkoutWeek);
      await dora(week);
      // d1 re-sent one week later: this week loses it and c1's 24 h sample.
      await post([
        {
          type: 'deployment',
          id: 'd1',
          entityRef: ref,
          environment: 'production',
          status: 'succeeded',
          finishedAt: '2026-03-10T10:00:00Z',
          changeIds: ['c1'],
        },
      ]);
      const moved = await dora(week);
      expect(moved.metrics.deploymentFrequency.deployments).toBe(5);
      expect(moved.metrics.leadTimeForChanges).toMatchObject({
        n: 3,
        p50Seconds: 12 * HOUR,
      });
      const next = await dora({
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-16T00:00:00Z',
        entityRef: ref,
      });
      // d5 and d1; c1 now waited 9 days
      expect(next.metrics.deploymentFrequency.deployments).toBe(2);
      expect(next.metrics.leadTimeForChanges).toMatchObject({
        n: 1,
        p50Seconds: 9 * 24 * HOUR,
      });
      const mar2 = await knex('dora_rollup_days').where({
        entity_ref: ref,
        day_start: Date.parse('2026-03-02T00:00:00Z'),
      });
      expect(mar2).toEqual([]);

      // …and to staging: production loses it, staging gains it.
      await post([
        {
          type: 'deployment',
          id: 'd1',
          entityRef: ref,
          environment: 'staging',
          status: 'succeeded',
          finishedAt: '2026-03-10T10:00:00Z',
        },
      ]);
      const production = await dora({
        ...week,
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-16T00:00:00Z',
        entityRef: ref,
      });
      expect(production.metrics.deploymentFrequency.deployments).toBe(1);
      const staging = await dora({
        entityRef: ref,
        from: '2026-03-02T00:00:00Z',
        to: '2026-03-16T00:00:00Z',
        environment: 'staging',
      });
      expect(staging.environments).toEqual(['staging']);
      expect(staging.metrics.deploymentFrequency.deployments).toBe(2);
    },
  );
});
