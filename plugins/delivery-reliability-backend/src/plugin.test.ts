import { createBackendModule } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryEventSink,
  deliveryReliabilityEventSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from './__testUtils__/startTestPlugin';
import { v05ServiceUpgraded } from './ingestion/cdevents/__fixtures__/examples';

jest.setTimeout(60_000);

/** A source module recording what its sink answered. */
function createTestSources() {
  const outcomes: { summary?: IngestSummary; rejection?: Error } = {};
  const module = createBackendModule({
    pluginId: 'delivery-reliability',
    moduleId: 'test-sources',
    register(env) {
      env.registerInit({
        deps: { sources: deliveryReliabilityEventSourcesExtensionPoint },
        async init({ sources }) {
          sources.addEventSource(
            {
              id: 'broken',
              async connect() {
                throw new Error('cannot reach the source');
              },
            },
            {
              id: 'test',
              async connect(sink: DeliveryEventSink) {
                outcomes.summary = await sink.ingest([
                  {
                    type: 'deployment',
                    id: 'src-1',
                    entityRef: 'checkout',
                    environment: 'production',
                    status: 'succeeded',
                    finishedAt: '2026-03-02T10:00:00Z',
                  },
                  v05ServiceUpgraded,
                ]);
                outcomes.rejection = await sink
                  .ingest([
                    {
                      type: 'change',
                      id: 'bad-1',
                      entityRef: 'checkout',
                      firstCommitAt: '2026-03-01T00:00:00Z',
                    },
                    { type: 'change', id: 'bad-2', entityRef: 'checkout' },
                  ])
                  .then(
                    () => undefined,
                    error => error,
                  );
              },
            },
          );
        },
      });
    },
  });
  return { module, outcomes };
}

describe('deliveryReliabilityPlugin', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'stores events from registered sources through the ingestion path, %p',
    async databaseId => {
      const { module, outcomes } = createTestSources();
      const { http, knex, audits } = await startTestPlugin(
        databases,
        databaseId,
        {
          features: [module],
        },
      );

      // The broken source did not stop the backend or the other source.
      expect(outcomes.summary).toEqual({
        received: 2,
        deployments: 2,
        changes: 0,
        incidents: 0,
      });
      expect(outcomes.rejection).toMatchObject({
        name: 'InputError',
        message: 'events[1].firstCommitAt is required',
      });
      expect(await knex('changes').select('id')).toEqual([]);

      const { body } = await http
        .get(`${BASE}/v1/entities/component/default/checkout/deployments`)
        .set(asUser);
      expect(body.items.map((d: any) => d.id)).toEqual([
        '9b2e5c4a-6d0f-4e0b-8f6a-2a7c1e3d4b5f',
        'src-1',
      ]);

      expect(audits).toEqual([
        expect.objectContaining({
          options: expect.objectContaining({
            eventId: 'events-ingest',
            meta: { source: 'test' },
          }),
          status: 'succeeded',
          meta: {
            source: 'test',
            received: 2,
            deployments: 2,
            changes: 0,
            incidents: 0,
          },
        }),
        expect.objectContaining({
          options: expect.objectContaining({ meta: { source: 'test' } }),
          status: 'failed',
          error: expect.objectContaining({ name: 'InputError' }),
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'audits HTTP writes with the calling service, %p',
    async databaseId => {
      const { http, audits } = await startTestPlugin(databases, databaseId);
      const res = await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({ events: [] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        received: 0,
        deployments: 0,
        changes: 0,
        incidents: 0,
      });
      expect(audits).toHaveLength(1);
      expect(audits[0].options).toMatchObject({
        eventId: 'events-ingest',
        severityLevel: 'medium',
        request: expect.objectContaining({ method: 'POST' }),
      });
      expect(audits[0]).toMatchObject({
        status: 'succeeded',
        meta: {
          subject: 'external:test-service',
          received: 0,
          deployments: 0,
          changes: 0,
          incidents: 0,
        },
      });
    },
  );
});
