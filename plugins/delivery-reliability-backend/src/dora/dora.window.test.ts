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

describe('GET /v1/dora windows, environments and rules', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  const start = (databaseId: any, config?: JsonObject) =>
    startDoraTest(databases, databaseId, { config });

  it.each(databases.eachSupportedId())(
    'counts another environment as production when asked, %p',
    async databaseId => {
      const { post, dora } = await start(databaseId);
      await post(checkoutWeek);
      const body = await dora({ ...week, environment: 'staging' });
      expect(body.environments).toEqual(['staging']);
      // s1 ships c4 first in staging: 11.5 h after its first commit.
      expect(body.metrics).toMatchObject({
        deploymentFrequency: { deployments: 1 },
        leadTimeForChanges: { n: 1, p50Seconds: 11.5 * HOUR },
        changeFailureRate: { failed: 0 },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'counts deployments exactly at from and not at to, %p',
    async databaseId => {
      const { post, dora } = await start(databaseId);
      await post(checkoutWeek);
      // [Mar 9, Mar 10): d5 finished at 00:00 exactly.
      const body = await dora({
        entityRef: ref,
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-10T00:00:00Z',
      });
      expect(body.metrics.deploymentFrequency).toEqual({
        deployments: 1,
        days: 1,
        perDay: 1,
        tier: 'elite',
      });
      // A window ending at 00:00 exactly is not extended.
      const before = await dora({
        entityRef: ref,
        from: '2026-03-08T00:00:00Z',
        to: '2026-03-09T00:00:00Z',
      });
      expect(before.metrics.deploymentFrequency.deployments).toBe(0);
      expect(before.window).toEqual({
        from: '2026-03-08T00:00:00.000Z',
        to: '2026-03-09T00:00:00.000Z',
        days: 1,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'defaults to the 90 days ending at the next UTC midnight, %p',
    async databaseId => {
      const { dora } = await start(databaseId);
      const body = await dora({ entityRef: ref });
      const nextMidnight = new Date();
      nextMidnight.setUTCHours(24, 0, 0, 0);
      expect(body.window).toEqual({
        from: new Date(nextMidnight.getTime() - 90 * 86_400_000).toISOString(),
        to: nextMidnight.toISOString(),
        days: 90,
      });
      expect(body.metrics.deploymentFrequency).toEqual({
        deployments: 0,
        days: 90,
        perDay: 0,
        tier: 'low',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'names the configured tier table and lead-time start, %p',
    async databaseId => {
      const { post, dora } = await start(databaseId, {
        deliveryReliability: {
          dora: { tierTable: '2021', leadTimeStart: 'merged' },
        },
      });
      await post([
        {
          type: 'change',
          id: 'm1',
          entityRef: ref,
          firstCommitAt: '2026-03-01T00:00:00Z',
          mergedAt: '2026-03-02T08:00:00Z',
        },
        {
          type: 'deployment',
          id: 'md1',
          entityRef: ref,
          environment: 'production',
          status: 'succeeded',
          finishedAt: '2026-03-02T10:00:00Z',
          changeIds: ['m1'],
        },
      ]);
      const body = await dora(week);
      expect(body.tierTable).toMatchObject({ id: 'dora-2021', year: '2021' });
      expect(body.leadTimeStart).toBe('merged');
      expect(body.metrics.leadTimeForChanges).toMatchObject({
        n: 1,
        p50Seconds: 2 * HOUR,
      });
    },
  );
});
