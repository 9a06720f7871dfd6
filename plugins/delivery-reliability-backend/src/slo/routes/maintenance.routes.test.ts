import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { BASE, asService, asUser } from '../../__testUtils__/startTestPlugin';
import { availabilitySlo } from './__testUtils__/sloDocuments';
import {
  NOW,
  bucket,
  checkoutBuckets,
  startSloTest,
} from './__testUtils__/startSloTest';

jest.setTimeout(60_000);

const checkout = 'component:default/checkout';
const windowsUrl = `${BASE}/v1/maintenance-windows`;
// NOW = 2026-03-29T12:00Z. checkoutBuckets() put 10,000 events a day at
// 12:00Z over the last 10 days (400 bad); the outage is one more bucket.
const outage = bucket(Date.parse('2026-03-27T13:00:00Z'), 10_000, 2_000);
const config = {
  deliveryReliability: {
    slo: {
      maintenanceWindows: [
        {
          id: 'dr-test',
          entityRef: 'Checkout',
          // Covers the bucket of 2026-03-20 (9 days ago, 25 bad).
          from: '2026-03-20T12:00:00Z',
          to: '2026-03-20T12:05:00Z',
          reason: 'Quarterly disaster-recovery test',
        },
      ],
    },
  },
};
const migration = {
  id: 'db-migration',
  entityRef: 'checkout',
  // 13:00Z–13:30Z: overlaps only the outage bucket.
  from: '2026-03-27T14:00:00+01:00',
  to: '2026-03-27T14:30:00+01:00',
  reason: 'Database migration',
};

describe('maintenance windows', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(
    databaseId: any,
    permission:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    const started = await startSloTest(databases, databaseId, {
      documents: { [checkout]: [availabilitySlo('checkout', 'Checkout')] },
      config,
      permission,
    });
    await started.insertBuckets(checkout, 'checkout', [
      ...checkoutBuckets(),
      outage,
    ]);
    const summary = async () =>
      (await started.http.get(`${BASE}/v1/slos?entityRef=checkout`).set(asUser))
        .body.slos[0];
    const gate = async () =>
      (await started.http.get(`${BASE}/v1/gate?entityRef=checkout`).set(asUser))
        .body.decision;
    return { ...started, summary, gate };
  }

  it.each(databases.eachSupportedId())(
    'leaves the buckets under a window out of the budget, restoring it, %p',
    async databaseId => {
      const { http, summary, gate, audits } = await start(databaseId);

      // Config window only: 100,000 events (the 2026-03-20 bucket left
      // out, the outage in), 400 − 25 + 2,000 = 2,375 bad:
      // 1 − 0.02375 / 0.01 = −1.375 → frozen.
      let slo = await summary();
      expect(slo.total).toBe(100_000);
      expect(slo.good).toBe(97_625);
      expect(slo.budgetRemainingRatio).toBeCloseTo(-1.375, 10);
      expect(slo.status).toBe('frozen');
      expect(await gate()).toBe('deny');

      const created = await http
        .post(windowsUrl)
        .set(asService)
        .send(migration);
      expect(created.status).toBe(201);
      const stored = {
        id: 'db-migration',
        entityRef: checkout,
        from: '2026-03-27T13:00:00.000Z',
        to: '2026-03-27T13:30:00.000Z',
        reason: 'Database migration',
        source: 'api',
        createdBy: 'external:test-service',
        createdAt: new Date(NOW).toISOString(),
      };
      expect(created.body).toEqual(stored);

      // The outage left out too: 90,000 events, 375 bad:
      // 1 − (375 / 90,000) / 0.01 = 1 − 0.41667 = 0.58333 → ok.
      slo = await summary();
      expect(slo.total).toBe(90_000);
      expect(slo.budgetRemainingRatio).toBeCloseTo(1 - 375 / 900, 10);
      expect(slo.status).toBe('ok');
      expect(await gate()).toBe('allow');

      const list = await http
        .get(`${windowsUrl}?entityRef=Checkout`)
        .set(asUser);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({
        entityRef: checkout,
        windows: [
          {
            id: 'dr-test',
            entityRef: checkout,
            from: '2026-03-20T12:00:00.000Z',
            to: '2026-03-20T12:05:00.000Z',
            reason: 'Quarterly disaster-recovery test',
            source: 'config',
          },
          stored,
        ],
      });

      // Re-sending an id replaces the window.
      const resent = await http
        .post(windowsUrl)
        .set(asService)
        .send({ ...migration, reason: 'Database migration, take two' });
      expect(resent.status).toBe(201);
      const again = await http
        .get(`${windowsUrl}?entityRef=checkout`)
        .set(asService);
      expect(again.body.windows.map((w: any) => w.reason)).toEqual([
        'Quarterly disaster-recovery test',
        'Database migration, take two',
      ]);

      const deleted = await http
        .delete(`${windowsUrl}/db-migration`)
        .set(asService);
      expect(deleted.status).toBe(204);
      expect((await summary()).budgetRemainingRatio).toBeCloseTo(-1.375, 10);
      expect(await gate()).toBe('deny');

      const writes = audits.filter(a =>
        a.options.eventId.startsWith('maintenance-window'),
      );
      expect(writes.map(a => [a.options.eventId, a.status])).toEqual([
        ['maintenance-window-create', 'succeeded'],
        ['maintenance-window-create', 'succeeded'],
        ['maintenance-window-delete', 'succeeded'],
      ]);
      expect(writes[0].meta).toEqual({
        subject: 'external:test-service',
        ...stored,
      });
      expect(writes[2].meta).toMatchObject({
        id: 'db-migration',
        subject: 'external:test-service',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad windows with 400 naming the field, and config windows with 400 pointing at app-config, %p',
    async databaseId => {
      const { http, audits } = await start(databaseId);
      const post = (body: object) =>
        http.post(windowsUrl).set(asService).send(body);
      const cases: Array<[object, string]> = [
        [{ ...migration, to: undefined }, 'to is required'],
        [
          { ...migration, from: '2026-03-27T14:00:00' },
          'from must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
        ],
        [
          { ...migration, to: migration.from },
          'from must be before to (the window is [from, to)); got from 2026-03-27T14:00:00+01:00 and to 2026-03-27T14:00:00+01:00',
        ],
        [
          { ...migration, entityRef: 'a:b:c' },
          'entityRef must be an entity ref like component:default/checkout (kind and namespace may be left out)',
        ],
        [{ ...migration, id: '' }, 'id must not be empty'],
        [
          { ...migration, colour: 'red' },
          'colour is not a known field; remove it or check its spelling',
        ],
        [
          { ...migration, id: 'dr-test' },
          'Maintenance window "dr-test" lives in app-config (deliveryReliability.slo.maintenanceWindows) and cannot be recorded through the API; choose another id, or edit app-config',
        ],
      ];
      for (const [body, message] of cases) {
        const res = await post(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      }

      const configDelete = await http
        .delete(`${windowsUrl}/dr-test`)
        .set(asService);
      expect(configDelete.status).toBe(400);
      expect(configDelete.body.error.message).toBe(
        'Maintenance window "dr-test" lives in app-config (deliveryReliability.slo.maintenanceWindows) and cannot be deleted through the API; remove it from app-config',
      );
      const unknown = await http.delete(`${windowsUrl}/nope`).set(asService);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'No maintenance window with id "nope"',
      );

      expect((await http.get(windowsUrl).set(asUser)).status).toBe(400);
      expect(audits.filter(a => a.status === 'failed')).toHaveLength(
        cases.length + 2,
      );
      expect(audits.some(a => a.status === 'succeeded')).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'needs a service principal with the maintenance permission to write, %p',
    async databaseId => {
      const allowed = await start(databaseId);
      const asUserPost = await allowed.http
        .post(windowsUrl)
        .set(asUser)
        .send(migration);
      expect(asUserPost.status).toBe(403);
      expect((await allowed.http.post(windowsUrl).send(migration)).status).toBe(
        401,
      );
      expect(
        (await allowed.http.delete(`${windowsUrl}/x`).set(asUser)).status,
      ).toBe(403);

      const denied = await start(databaseId, AuthorizeResult.DENY);
      const res = await denied.http
        .post(windowsUrl)
        .set(asService)
        .send(migration);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Permission delivery-reliability.maintenance.create was denied to external:test-service',
      );
      const del = await denied.http
        .delete(`${windowsUrl}/db-migration`)
        .set(asService);
      expect(del.status).toBe(403);
      expect(denied.audits.map(a => a.status)).toEqual(['failed', 'failed']);
    },
  );
});
