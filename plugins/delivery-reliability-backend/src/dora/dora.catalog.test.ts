import { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../__testUtils__/startTestPlugin';
import { catalogEntities } from './__fixtures__/catalogEntities';

jest.setTimeout(60_000);

const HOUR = 3600;
const window = { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' };

/** A change first committed at `commitAt`, shipped `hours` later. */
function shipped(service: string, id: string, commitAt: string, hours: number) {
  const entityRef = `component:default/${service}`;
  return [
    { type: 'change', id: `c-${id}`, entityRef, firstCommitAt: commitAt },
    {
      type: 'deployment',
      id: `d-${id}`,
      entityRef,
      environment: 'production',
      status: 'succeeded',
      finishedAt: new Date(Date.parse(commitAt) + hours * HOUR * 1000).toISOString(),
      changeIds: [`c-${id}`],
    },
  ];
}

// svc-a: 1 h, 2 h, 3 h (median 2 h); svc-b: 10 h, 20 h (nearest-rank median
// 10 h); svc-c (another team): 100 h. The payments team owns svc-a and,
// through its child group, svc-b: the union [1, 2, 3, 10, 20] h has median
// rank 3 = 3 h and p90 rank 5 = 20 h, not the 6 h average of the medians.
const events = [
  ...shipped('svc-a', 'a1', '2026-03-02T00:00:00Z', 1),
  ...shipped('svc-a', 'a2', '2026-03-03T00:00:00Z', 2),
  ...shipped('svc-a', 'a3', '2026-03-04T00:00:00Z', 3),
  ...shipped('svc-b', 'b1', '2026-03-02T00:00:00Z', 10),
  ...shipped('svc-b', 'b2', '2026-03-03T00:00:00Z', 20),
  ...shipped('svc-c', 'c1', '2026-03-02T00:00:00Z', 100),
];

describe('GET /v1/dora for systems and groups', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any) {
    const started = await startTestPlugin(databases, databaseId, {
      features: [catalogServiceMock.factory({ entities: catalogEntities })],
    });
    const res = await started.http.post(`${BASE}/v1/events`).set(asService).send({ events });
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
        res.body.breakdown.map((b: any) => [b.entityRef, b.metrics.leadTimeForChanges]),
      ).toEqual([
        ['component:default/svc-a', { n: 3, p50Seconds: 2 * HOUR, p90Seconds: 3 * HOUR, tier: 'elite' }],
        ['component:default/svc-b', { n: 2, p50Seconds: 10 * HOUR, p90Seconds: 20 * HOUR, tier: 'elite' }],
      ]);

      const org = await get('/v1/dora', { entityRef: 'group:default/org', ...window });
      expect(org.body.entityRefs).toHaveLength(2);
      expect(org.body.breakdown).toBeUndefined();
      expect(org.body.metrics.leadTimeForChanges.p50Seconds).toBe(3 * HOUR);

      const other = await get('/v1/dora', { entityRef: 'group:default/other-team', ...window });
      expect(other.body.entityRefs).toEqual(['component:default/svc-c']);
      expect(other.body.metrics.leadTimeForChanges.p50Seconds).toBe(100 * HOUR);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers a system over the components that are part of it, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      const res = await get('/v1/dora', { entityRef: 'system:default/payments', ...window });
      expect(res.status).toBe(200);
      expect(res.body.entityRefs).toEqual([
        'component:default/svc-a',
        'component:default/svc-b',
      ]);
      expect(res.body.metrics.leadTimeForChanges).toMatchObject({ n: 5, p50Seconds: 3 * HOUR });

      const missing = await get('/v1/dora', { entityRef: 'system:default/nope', ...window });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('system:default/nope');
    },
  );

  it.each(databases.eachSupportedId())(
    'answers series per ISO week and calendar month, clipped to the window, %p',
    async databaseId => {
      const { get } = await start(databaseId);
      // Sunday Mar 1 – Sunday Mar 15: a one-day tail of the week of Feb 23,
      // the week of Mar 2 (all deployments) and six days of the next.
      const weeks = await get('/v1/dora/series', {
        entityRef: 'group:default/payments-team',
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-15T00:00:00Z',
        bucket: 'week',
      });
      expect(weeks.status).toBe(200);
      expect(weeks.body.bucket).toBe('week');
      expect(
        weeks.body.points.map((p: any) => [
          p.window.from,
          p.window.days,
          p.metrics.deploymentFrequency.deployments,
          p.metrics.leadTimeForChanges.p50Seconds,
        ]),
      ).toEqual([
        ['2026-03-01T00:00:00.000Z', 1, 0, null],
        ['2026-03-02T00:00:00.000Z', 7, 5, 3 * HOUR],
        ['2026-03-09T00:00:00.000Z', 6, 0, null],
      ]);

      const months = await get('/v1/dora/series', {
        entityRef: 'component:default/svc-a',
        from: '2026-02-15T00:00:00Z',
        to: '2026-04-10T00:00:00Z',
        bucket: 'month',
      });
      expect(
        months.body.points.map((p: any) => [
          p.window.from,
          p.window.to,
          p.metrics.deploymentFrequency.deployments,
        ]),
      ).toEqual([
        ['2026-02-15T00:00:00.000Z', '2026-03-01T00:00:00.000Z', 0],
        ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 3],
        ['2026-04-01T00:00:00.000Z', '2026-04-10T00:00:00.000Z', 0],
      ]);
      expect(months.body.points[1].metrics.leadTimeForChanges.p50Seconds).toBe(2 * HOUR);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad parameters with 400 naming the parameter, %p',
    async databaseId => {
      const { get, http } = await start(databaseId);
      const cases: Array<[string, Record<string, string>, string]> = [
        ['/v1/dora', {}, 'entityRef is required'],
        ['/v1/dora', { entityRef: 'api:default/x' }, 'entityRef must name a Component, System or Group'],
        ['/v1/dora', { entityRef: 'a:b:c' }, 'entityRef must be an entity ref'],
        ['/v1/dora', { entityRef: 'svc-a', from: 'yesterday' }, 'from must be an RFC 3339 date-time'],
        ['/v1/dora', { entityRef: 'svc-a', to: '2026-03-01' }, 'to must be an RFC 3339 date-time'],
        [
          '/v1/dora',
          { entityRef: 'svc-a', from: '2026-03-09T00:00:00Z', to: '2026-03-02T00:00:00Z' },
          'from must be before to',
        ],
        [
          '/v1/dora',
          { entityRef: 'svc-a', from: '2000-01-01T00:00:00Z', to: '2026-03-02T00:00:00Z' },
          'at most 3660 days',
        ],
        ['/v1/dora', { entityRef: 'svc-a', breakdown: 'maybe' }, 'breakdown must be a boolean'],
        ['/v1/dora', { entityRef: 'svc-a', environment: '' }, 'environment must not be empty'],
        ['/v1/dora/series', { entityRef: 'svc-a', bucket: 'day' }, 'bucket must be one of week, month'],
      ];
      for (const [path, query, message] of cases) {
        const res = await get(path, query);
        expect({ path, query, status: res.status }).toEqual({ path, query, status: 400 });
        expect(res.body.error.message).toContain(message);
      }
      const anonymous = await http.get(`${BASE}/v1/dora`).query({ entityRef: 'svc-a' });
      expect(anonymous.status).toBe(401);
      const asServiceCall = await http
        .get(`${BASE}/v1/dora`)
        .query({ entityRef: 'svc-a', ...window })
        .set(asService);
      expect(asServiceCall.status).toBe(200);
    },
  );
});
