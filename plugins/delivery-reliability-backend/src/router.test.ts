import { TestDatabases } from '@backstage/backend-test-utils';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from './__testUtils__/startTestPlugin';
import { nativeBatch } from './__testUtils__/nativeBatch';
import * as cdevents from './ingestion/cdevents/__fixtures__/examples';

jest.setTimeout(60_000);

const ref = 'component:default/checkout';
const deploymentsUrl = `${BASE}/v1/entities/component/default/checkout/deployments`;
const incidentsUrl = `${BASE}/v1/entities/component/default/checkout/incidents`;
const ids = (items: { id: string }[]) => items.map(i => i.id);

describe('router', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'stores native events and reads them back, %p',
    async databaseId => {
      const { http } = await startTestPlugin(databases, databaseId);
      const post = await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({ events: nativeBatch });
      expect(post.status).toBe(200);
      expect(post.body).toEqual({
        received: 7,
        deployments: 3,
        changes: 2,
        incidents: 2,
      });

      const all = await http.get(deploymentsUrl).set(asUser);
      expect(all.status).toBe(200);
      expect(all.body.totalCount).toBe(3);
      expect(ids(all.body.items)).toEqual(['d2', 's1', 'd1']);
      const [d2, s1, d1] = all.body.items;
      expect(d1).toEqual({
        id: 'd1',
        entityRef: ref,
        environment: 'production',
        status: 'succeeded',
        startedAt: '2026-03-02T09:50:00.000Z',
        finishedAt: '2026-03-02T10:00:00.000Z',
        version: '1.0.0',
        rollback: false,
        hotfix: false,
        // i1 is attributed to it.
        failed: true,
        changes: [
          {
            id: 'c1',
            entityRef: ref,
            firstCommitAt: '2026-03-01T08:00:00.000Z',
          },
          {
            id: 'c2',
            entityRef: ref,
            firstCommitAt: '2026-03-01T08:30:00.000Z',
            prOpenedAt: '2026-03-01T09:00:00.000Z',
            mergedAt: '2026-03-01T12:00:00.000Z',
          },
        ],
        incidents: [
          {
            id: 'i1',
            entityRef: ref,
            environment: 'production',
            severity: 'SEV1',
            startedAt: '2026-03-02T10:20:00.000Z',
            attributedDeploymentId: 'd1',
          },
        ],
      });
      expect(d2).toMatchObject({
        finishedAt: '2026-03-02T11:30:00.000Z',
        hotfix: true,
      });
      expect(d2.incidents).toEqual([
        {
          id: 'i2',
          entityRef: ref,
          environment: 'production',
          startedAt: '2026-03-02T11:40:00.000Z',
          resolvedAt: '2026-03-02T12:00:00.000Z',
          attributedDeploymentId: 'd2',
        },
      ]);
      expect(s1).toMatchObject({
        status: 'failed',
        changes: [],
        incidents: [],
      });

      const page = await http
        .get(`${deploymentsUrl}?limit=1&offset=1`)
        .set(asUser);
      expect(page.body).toMatchObject({ totalCount: 3, limit: 1, offset: 1 });
      expect(ids(page.body.items)).toEqual(['s1']);

      const production = await http
        .get(`${deploymentsUrl}?environment=production`)
        .set(asService);
      expect(production.status).toBe(200);
      expect(production.body).toMatchObject({
        totalCount: 2,
        limit: 50,
        offset: 0,
      });
      expect(ids(production.body.items)).toEqual(['d2', 'd1']);

      // Path segments are case-insensitive like entity refs.
      const upper = await http
        .get(`${BASE}/v1/entities/Component/Default/Checkout/deployments`)
        .set(asUser);
      expect(ids(upper.body.items)).toEqual(['d2', 's1', 'd1']);

      const incidents = await http.get(incidentsUrl).set(asUser);
      expect(incidents.status).toBe(200);
      expect(incidents.body).toMatchObject({
        totalCount: 2,
        limit: 50,
        offset: 0,
      });
      expect(
        incidents.body.items.map((i: any) => [i.id, i.attributedDeploymentId]),
      ).toEqual([
        ['i2', 'd2'],
        ['i1', 'd1'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores CDEvents of spec v0.4 (batch) and v0.5 (bare), %p',
    async databaseId => {
      const { http } = await startTestPlugin(databases, databaseId);
      const batch = await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({
          events: [
            cdevents.v04ChangeMerged,
            cdevents.v04ServiceDeployed,
            cdevents.v04ServiceRolledback,
          ],
        });
      expect(batch.status).toBe(200);
      expect(batch.body).toEqual({
        received: 3,
        deployments: 2,
        changes: 1,
        incidents: 0,
      });
      for (const [event, counts] of [
        [cdevents.v05ServiceUpgraded, { deployments: 1, incidents: 0 }],
        [cdevents.v05IncidentDetected, { deployments: 0, incidents: 1 }],
        [cdevents.v05IncidentResolved, { deployments: 0, incidents: 1 }],
      ] as const) {
        const bare = await http
          .post(`${BASE}/v1/events`)
          .set(asService)
          .send(event);
        expect(bare.status).toBe(200);
        expect(bare.body).toEqual({ received: 1, changes: 0, ...counts });
      }

      // Finishes: rollback 11:00Z, upgrade 10:30:00.250Z, deploy-100 10:00Z.
      // The incident starts 10:45Z, so it belongs to the upgrade.
      const { body } = await http.get(deploymentsUrl).set(asUser);
      expect(ids(body.items)).toEqual([
        'c0ffee00-0000-4000-8000-000000000001',
        '9b2e5c4a-6d0f-4e0b-8f6a-2a7c1e3d4b5f',
        'deploy-100',
      ]);
      const [rollback, upgrade, deployed] = body.items;
      expect(rollback).toMatchObject({
        rollback: true,
        rollsBack: 'deploy-100',
        version: 'v1.4.1',
        finishedAt: '2026-03-02T11:00:00.000Z',
        incidents: [],
      });
      expect(deployed).toMatchObject({
        version:
          'sha256:0b31b1c02ff458ad9b7b81cbdf8f028bd54699fa151f221d1e8de6817db93427',
        changes: [
          {
            id: 'pr-7',
            entityRef: ref,
            firstCommitAt: '2026-03-01T14:30:00.000Z',
            prOpenedAt: '2026-03-01T16:00:00.000Z',
            mergedAt: '2026-03-02T09:00:00.000Z',
          },
        ],
        incidents: [],
      });
      expect(upgrade.finishedAt).toBe('2026-03-02T10:30:00.250Z');
      expect(upgrade.incidents).toEqual([
        {
          id: 'incident-123',
          entityRef: ref,
          environment: 'production',
          severity: 'SEV2',
          title: 'Response time above threshold of 100ms',
          startedAt: '2026-03-02T10:45:00.000Z',
          resolvedAt: '2026-03-02T11:15:00.000Z',
          postmortemUrl: 'https://wiki.example.com/pm/123',
          attributedDeploymentId: '9b2e5c4a-6d0f-4e0b-8f6a-2a7c1e3d4b5f',
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one row per id when a batch is re-sent, latest values winning, %p',
    async databaseId => {
      const { http, knex } = await startTestPlugin(databases, databaseId);
      const send = (events: object[]) =>
        http.post(`${BASE}/v1/events`).set(asService).send({ events });
      expect((await send(nativeBatch)).status).toBe(200);
      expect((await send(nativeBatch)).status).toBe(200);
      const changed = nativeBatch.map(e =>
        e.id === 'd1' ? { ...e, changeIds: ['c2'], version: '1.0.1' } : e,
      );
      expect((await send(changed)).status).toBe(200);

      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      expect(await count('deployments')).toBe(3);
      expect(await count('changes')).toBe(2);
      expect(await count('incidents')).toBe(2);
      expect(await count('deployment_changes')).toBe(1);

      const { body } = await http
        .get(`${deploymentsUrl}?limit=1&offset=2`)
        .set(asUser);
      expect(body.items[0]).toMatchObject({ id: 'd1', version: '1.0.1' });
      expect(ids(body.items[0].changes)).toEqual(['c2']);
    },
  );
});
