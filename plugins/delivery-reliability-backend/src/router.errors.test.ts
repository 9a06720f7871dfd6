import { TestDatabases } from '@backstage/backend-test-utils';
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

const change = (id: string, firstCommitAt = '2026-03-01T08:00:00Z') => ({
  type: 'change',
  id,
  entityRef: 'checkout',
  firstCommitAt,
});
const deployment = (id: string, finishedAt = '2026-03-02T10:00:00Z') => ({
  type: 'deployment',
  id,
  entityRef: 'checkout',
  environment: 'production',
  status: 'succeeded',
  finishedAt,
  changeIds: ['c1'],
});

describe('router errors', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'rejects a batch with one bad event and stores none of it, %p',
    async databaseId => {
      const { http, knex, audits } = await startTestPlugin(
        databases,
        databaseId,
      );
      const post = (events: unknown[]) =>
        http.post(eventsUrl).set(asService).send({ events });

      const bad = await post([
        change('c1'),
        deployment('d1'),
        deployment('d2'),
        deployment('d3', '2026-01-01T00:00:00'),
        change('c2'),
      ]);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({
        name: 'InputError',
        message:
          'events[3].finishedAt must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
      });
      expect(await countRows(knex)).toBe(0);
      const read = await http.get(deploymentsUrl).set(asUser);
      expect(read.body).toEqual({
        items: [],
        totalCount: 0,
        limit: 50,
        offset: 0,
      });
      expect(audits.at(-1)).toMatchObject({
        options: { eventId: 'events-ingest', severityLevel: 'medium' },
        status: 'failed',
      });

      const dateOnly = await post([change('c1', '2026-01-01')]);
      expect(dateOnly.status).toBe(400);
      expect(dateOnly.body.error.message).toBe(
        'events[0].firstCommitAt must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
      );

      const unknownType = await post([
        change('c1'),
        { ...change('c2'), type: 'commit' },
      ]);
      expect(unknownType.status).toBe(400);
      expect(unknownType.body.error.message).toBe(
        'events[1].type must be one of deployment, change, incident (got "commit")',
      );

      const unsupported = await post([
        {
          context: {
            version: '0.4.1',
            id: 'x',
            source: '/ci',
            type: 'dev.cdevents.build.finished.0.2.0',
            timestamp: '2026-03-02T10:00:00Z',
          },
          subject: { id: 'b1', content: {} },
        },
      ]);
      expect(unsupported.status).toBe(400);
      expect(unsupported.body.error.message).toMatch(
        /^events\[0\]\.context\.type "dev\.cdevents\.build\.finished\.0\.2\.0" is not supported/,
      );
      expect(await countRows(knex)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bodies that are not a batch, %p',
    async databaseId => {
      const { http } = await startTestPlugin(databases, databaseId);
      const malformed = await http
        .post(eventsUrl)
        .set(asService)
        .set('Content-Type', 'application/json')
        .send('{"events": [');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toMatch(
        /^The request body is not valid JSON/,
      );

      const wrongShape = await http
        .post(eventsUrl)
        .set(asService)
        .send({ items: [] });
      expect(wrongShape.status).toBe(400);
      expect(wrongShape.body.error.message).toMatch(
        /^The request body must be JSON \{"events": \[\.\.\.\]\} or a single CDEvent/,
      );
      const notArray = await http
        .post(eventsUrl)
        .set(asService)
        .send({ events: {} });
      expect(notArray.body.error.message).toBe(
        'events must be an array of events',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 413 above the configured event and byte limits, %p',
    async databaseId => {
      const { http, knex } = await startTestPlugin(databases, databaseId, {
        config: {
          deliveryReliability: {
            ingestion: { maxEventsPerRequest: 3, maxRequestBytes: 2048 },
          },
        },
      });
      const fourEvents = ['c1', 'c2', 'c3', 'c4'].map(id => change(id));
      const tooMany = await http
        .post(eventsUrl)
        .set(asService)
        .send({ events: fourEvents });
      expect(tooMany.status).toBe(413);
      expect(tooMany.body.error.message).toBe(
        'A request may carry at most 3 events, this one has 4; split it into smaller batches (limit: deliveryReliability.ingestion.maxEventsPerRequest)',
      );

      const large = JSON.stringify({
        events: [change('c1')],
        padding: 'y'.repeat(2100),
      });
      const tooLarge = await http
        .post(eventsUrl)
        .set(asService)
        .set('Content-Type', 'application/json')
        .send(large);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.error.message).toBe(
        `The request body may be at most 2048 bytes, this one has ${Buffer.byteLength(
          large,
        )}; split it into smaller batches (limit: deliveryReliability.ingestion.maxRequestBytes)`,
      );
      expect(await countRows(knex)).toBe(0);

      // Three events in under 2048 bytes pass.
      const body = JSON.stringify({
        events: ['c1', 'c2', 'c3'].map(id => change(id)),
      });
      expect(Buffer.byteLength(body)).toBeLessThan(2048);
      const ok = await http
        .post(eventsUrl)
        .set(asService)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({
        received: 3,
        deployments: 0,
        changes: 3,
        incidents: 0,
      });
    },
  );
});
