import { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../__testUtils__/startTestPlugin';
import { catalogEntities } from './__fixtures__/catalogEntities';
import { HOUR, teamEvents as events, window } from './__fixtures__/teamEvents';

jest.setTimeout(60_000);

describe('GET /v1/dora for systems and groups', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any) {
    const started = await startTestPlugin(databases, databaseId, {
      features: [catalogServiceMock.factory({ entities: catalogEntities })],
    });
    const res = await started.http
      .post(`${BASE}/v1/events`)
      .set(asService)
      .send({ events });
    expect(res.status).toBe(200);
    const get = (path: string, query: Record<string, string>) =>
      started.http.get(`${BASE}${path}`).query(query).set(asUser);
    return { ...started, get };
  }

  it.each(databases.eachSupportedId())(
    'answers a group over the union of its and its descendants’ components, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/dora', {
        entityRef: 'group:default/payments-team',
        ...window,
        breakdown: 'true',
      });
      expect(res.status).toBe(200);
      expect(res.body.entityRefs).toEqual([
        'component:default/svc-a',
        'component:default/svc-b',
      ]);
      expect(res.body.metrics.deploymentFrequency.deployments).toBe(5);
      expect(res.body.metrics.leadTimeForChanges).toEqual({
        n: 5,
        p50Seconds: 3 * HOUR,
        p90Seconds: 20 * HOUR,
        tier: 'elite',
      });
      expect(
        res.body.breakdown.map((b: any) => [
          b.entityRef,
          b.metrics.leadTimeForChanges,
        ]),
      ).toEqual([
        [
          'component:default/svc-a',
          { n: 3, p50Seconds: 2 * HOUR, p90Seconds: 3 * HOUR, tier: 'elite' },
        ],
        [
          'component:default/svc-b',
          { n: 2, p50Seconds: 10 * HOUR, p90Seconds: 20 * HOUR, tier: 'elite' },
        ],
      ]);

      const org = await get('/v1/dora', {
        entityRef: 'group:default/org',
        ...window,
      });
      expect(org.body.entityRefs).toHaveLength(2);
      expect(org.body.breakdown).toBeUndefined();
      expect(org.body.metrics.leadTimeForChanges.p50Seconds).toBe(3 * HOUR);

      const other = await get('/v1/dora', {
        entityRef: 'group:default/other-team',
        ...window,
      });
      expect(other.body.entityRefs).toEqual(['component:default/svc-c']);
      expect(other.body.metrics.leadTimeForChanges.p50Seconds).toBe(100 * HOUR);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers a system over the components that are part of it, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/dora', {
        entityRef: 'system:default/payments',
        ...window,
      });
      expect(res.status).toBe(200);
      expect(res.body.entityRefs).toEqual([
        'component:default/svc-a',
        'component:default/svc-b',
      ]);
      expect(res.body.metrics.leadTimeForChanges).toMatchObject({
        n: 5,
        p50Seconds: 3 * HOUR,
      });

      const missing = await get('/v1/dora', {
        entityRef: 'system:default/nope',
        ...window,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('system:default/nope');
    },
  );
});
