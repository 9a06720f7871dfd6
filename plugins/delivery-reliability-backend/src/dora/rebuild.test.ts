import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../__testUtils__/startTestPlugin';
import { checkoutWeek, ref } from './__fixtures__/checkoutWeek';

jest.setTimeout(60_000);

const rebuildUrl = `${BASE}/v1/rollups/rebuild`;

describe('POST /v1/rollups/rebuild', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'recomputes from the raw events for a permitted service, audited, %p',
    async databaseId => {
      const { http, knex, audits } = await startTestPlugin(
        databases,
        databaseId,
      );
      await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({ events: checkoutWeek });
      // Rollups lost (e.g. restored from an events-only backup): rebuild.
      await knex('dora_rollup_days').delete();
      await knex('dora_rollup_marks').delete();

      const res = await http.post(rebuildUrl).set(asService);
      expect(res.status).toBe(200);
      // production: d0 | d1 | d2 r1 | d3 | h1 d4 | d5 on 6 days; staging: s1.
      expect(res.body).toEqual({
        entities: 1,
        scopes: 2,
        dayRows: 7,
        deployments: 9,
        durationMs: expect.any(Number),
      });
      const week = await http
        .get(`${BASE}/v1/dora`)
        .query({
          entityRef: ref,
          from: '2026-03-02T00:00:00Z',
          to: '2026-03-09T00:00:00Z',
        })
        .set(asUser);
      expect(week.body.metrics.changeFailureRate).toMatchObject({
        deployments: 6,
        failed: 3,
      });

      const one = await http
        .post(rebuildUrl)
        .query({ entityRef: 'checkout' })
        .set(asService);
      expect(one.body).toMatchObject({ entities: 1, dayRows: 7 });
      const none = await http
        .post(rebuildUrl)
        .query({ entityRef: 'component:default/gone' })
        .set(asService);
      expect(none.body).toMatchObject({ entities: 0, dayRows: 0 });

      expect(
        audits.filter(a => a.options.eventId === 'rollups-rebuild'),
      ).toEqual([
        expect.objectContaining({
          status: 'succeeded',
          meta: expect.objectContaining({
            subject: 'external:test-service',
            dayRows: 7,
          }),
        }),
        expect.objectContaining({ status: 'succeeded' }),
        expect.objectContaining({ status: 'succeeded' }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses users, anonymous callers and services without the permission, %p',
    async databaseId => {
      const allowed = await startTestPlugin(databases, databaseId);
      expect((await allowed.http.post(rebuildUrl)).status).toBe(401);
      const user = await allowed.http.post(rebuildUrl).set(asUser);
      expect(user.status).toBe(403);
      const bad = await allowed.http
        .post(rebuildUrl)
        .query({ entityRef: 'a:b:c' })
        .set(asService);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('entityRef');

      const denied = await startTestPlugin(databases, databaseId, {
        permission: AuthorizeResult.DENY,
      });
      const res = await denied.http.post(rebuildUrl).set(asService);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'delivery-reliability.rollups.rebuild',
      );
      expect(denied.audits).toEqual([
        expect.objectContaining({ status: 'failed' }),
      ]);
    },
  );
});
