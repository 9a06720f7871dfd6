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

describe('GET /v1/dora/series and parameter errors', () => {
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
      expect(months.body.points[1].metrics.leadTimeForChanges.p50Seconds).toBe(
        2 * HOUR,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad parameters with 400 naming the parameter, %p',
    async databaseId => {
      const { get, http } = await start(databaseId);
      const cases: Array<[string, Record<string, string>, string]> = [
        ['/v1/dora', {}, 'entityRef is required'],
        [
          '/v1/dora',
          { entityRef: 'api:default/x' },
          'entityRef must name a Component, System or Group',
        ],
        ['/v1/dora', { entityRef: 'a:b:c' }, 'entityRef must be an entity ref'],
        [
          '/v1/dora',
          { entityRef: 'svc-a', from: 'yesterday' },
          'from must be an RFC 3339 date-time',
        ],
        [
          '/v1/dora',
          { entityRef: 'svc-a', to: '2026-03-01' },
          'to must be an RFC 3339 date-time',
        ],
        [
          '/v1/dora',
          {
            entityRef: 'svc-a',
            from: '2026-03-09T00:00:00Z',
            to: '2026-03-02T00:00:00Z',
          },
          'from must be before to',
        ],
        [
          '/v1/dora',
          {
            entityRef: 'svc-a',
            from: '2000-01-01T00:00:00Z',
            to: '2026-03-02T00:00:00Z',
          },
          'at most 3660 days',
        ],
        [
          '/v1/dora',
          { entityRef: 'svc-a', breakdown: 'maybe' },
          'breakdown must be a boolean',
        ],
        [
          '/v1/dora',
          { entityRef: 'svc-a', environment: '' },
          'environment must not be empty',
        ],
        [
          '/v1/dora/series',
          { entityRef: 'svc-a', bucket: 'day' },
          'bucket must be one of week, month',
        ],
      ];
      for (const [path, query, message] of cases) {
        const res = await get(path, query);
        expect({ path, query, status: res.status }).toEqual({
          path,
          query,
          status: 400,
        });
        expect(res.body.error.message).toContain(message);
      }
      const anonymous = await http
        .get(`${BASE}/v1/dora`)
        .query({ entityRef: 'svc-a' });
      expect(anonymous.status).toBe(401);
      const asServiceCall = await http
        .get(`${BASE}/v1/dora`)
        .query({ entityRef: 'svc-a', ...window })
        .set(asService);
      expect(asServiceCall.status).toBe(200);
    },
  );
});
