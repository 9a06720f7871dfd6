import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  BASE,
  asService,
  asUser,
  countRows,
  startTestPlugin,
} from './__testUtils__/startTestPlugin';

jest.setTimeout(60_000);

const eventsUrl = `${BASE}/v1/events`;
const deploymentsUrl = `${BASE}/v1/entities/component/default/checkout/deployments`;
const incidentsUrl = `${BASE}/v1/entities/component/default/checkout/incidents`;

const change = (id: string, firstCommitAt = '2026-03-01T08:00:00Z') => ({
  type: 'change',
  id,
  entityRef: 'checkout',
  firstCommitAt,
});

describe('router access', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'checks credentials and query parameters, %p',
    async databaseId => {
      const { http, knex } = await startTestPlugin(databases, databaseId);
      const batch = { events: [change('c1')] };

      expect((await http.post(eventsUrl).send(batch)).status).toBe(401);
      const asUserPost = await http.post(eventsUrl).set(asUser).send(batch);
      expect(asUserPost.status).toBe(403);
      expect(asUserPost.body.error.name).toBe('NotAllowedError');
      expect(await countRows(knex)).toBe(0);

      expect((await http.get(deploymentsUrl)).status).toBe(401);
      expect((await http.get(incidentsUrl)).status).toBe(401);
      expect((await http.get(deploymentsUrl).set(asUser)).status).toBe(200);
      expect((await http.get(incidentsUrl).set(asService)).status).toBe(200);

      for (const [query, message] of [
        ['limit=0', 'Invalid query parameter: limit must be at least 1'],
        ['limit=501', 'Invalid query parameter: limit must be at most 500'],
        ['limit=ten', 'Invalid query parameter: limit must be an integer'],
        ['offset=-1', 'Invalid query parameter: offset must be at least 0'],
        [
          'environment=',
          'Invalid query parameter: environment must not be empty',
        ],
      ]) {
        const res = await http.get(`${deploymentsUrl}?${query}`).set(asUser);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      }
      const incidentsPage = await http
        .get(`${incidentsUrl}?offset=x`)
        .set(asUser);
      expect(incidentsPage.status).toBe(400);
      expect(incidentsPage.body.error.message).toBe(
        'Invalid query parameter: offset must be an integer',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 403 when the permission is denied, %p',
    async databaseId => {
      const { http, knex, audits } = await startTestPlugin(
        databases,
        databaseId,
        {
          permission: AuthorizeResult.DENY,
        },
      );
      const res = await http
        .post(eventsUrl)
        .set(asService)
        .send({ events: [change('c1')] });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Permission delivery-reliability.events.create was denied to external:test-service',
      );
      expect(await countRows(knex)).toBe(0);
      expect(audits).toEqual([
        expect.objectContaining({ status: 'failed', error: expect.any(Error) }),
      ]);
    },
  );
});
