import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../__testUtils__/startTestPlugin';
import { comparisonCatalog } from './__fixtures__/comparisonCatalog';
import { comparisonEvents, week } from './__fixtures__/comparisonEvents';
import { startComparisonTest } from './__testUtils__/startComparisonTest';

jest.setTimeout(60_000);

const paths = ['/v1/comparison', '/v1/comparison.csv'];

describe('comparison access and input', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'is wired into the plugin: 401 without a token, 200 for users and services, %p',
    async databaseId => {
      const { http } = await startTestPlugin(databases, databaseId, {
        features: [catalogServiceMock.factory({ entities: comparisonCatalog })],
      });
      const posted = await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({ events: comparisonEvents });
      expect(posted.status).toBe(200);
      for (const path of paths) {
        expect((await http.get(`${BASE}${path}`)).status).toBe(401);
        const asCi = await http
          .get(`${BASE}${path}`)
          .query(week)
          .set(asService);
        expect(asCi.status).toBe(200);
      }
      const res = await http
        .get(`${BASE}/v1/comparison`)
        .query(week)
        .set(asUser);
      expect(res.status).toBe(200);
      expect(res.body.teams).toHaveLength(4);
      // Read-your-writes: the rollups include the batch just stored.
      expect(res.body.teams[0].dora.deploymentFrequency.deployments).toBe(7);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 403 naming the permission when the policy denies it, %p',
    async databaseId => {
      const { http } = await startTestPlugin(databases, databaseId, {
        permission: AuthorizeResult.DENY,
        features: [catalogServiceMock.factory({ entities: comparisonCatalog })],
      });
      for (const path of paths) {
        for (const caller of [asUser, asService]) {
          const res = await http.get(`${BASE}${path}`).set(caller);
          expect(res.status).toBe(403);
          expect(res.body.error.name).toBe('NotAllowedError');
          expect(res.body.error.message).toContain(
            'delivery-reliability.comparison.read',
          );
        }
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 400 naming the parameter, and 404 for an unknown group, %p',
    async databaseId => {
      const { get } = await startComparisonTest(databases, databaseId, {
        entities: comparisonCatalog,
      });
      const cases: Array<[Record<string, string>, number, string]> = [
        [{ from: 'yesterday' }, 400, 'from must be an RFC 3339 date-time'],
        [{ to: '2026-03-09' }, 400, 'to must be an RFC 3339 date-time'],
        [
          { from: '2026-03-09T00:00:00Z', to: '2026-03-02T00:00:00Z' },
          400,
          'from must be before to',
        ],
        [{ environment: '' }, 400, 'environment must not be empty'],
        [
          { group: 'component:default/svc-pay' },
          400,
          'group must name a Group',
        ],
        [{ group: 'group:a:b' }, 400, 'group must be a Group ref'],
        [{ group: 'nobody' }, 404, 'group group:default/nobody was not found'],
      ];
      for (const path of paths) {
        for (const [query, status, message] of cases) {
          const res = await get(path, query);
          expect([query, res.status]).toEqual([query, status]);
          expect(res.body.error.message).toContain(message);
        }
      }
    },
  );
});
