import { TestDatabases } from '@backstage/backend-test-utils';
import {
  BASE,
  asService,
  startTestPlugin,
} from './__testUtils__/startTestPlugin';

jest.setTimeout(60_000);

describe('router under concurrent writes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'accepts concurrent batches re-sending the same deployment, %p',
    async databaseId => {
      const { http, knex } = await startTestPlugin(databases, databaseId);
      // Six batches race on one deployment id, each shipping other changes.
      const batches = Array.from({ length: 6 }, (_, n) => ({
        events: [
          {
            type: 'deployment',
            id: 'd1',
            entityRef: 'checkout',
            environment: 'production',
            status: 'succeeded',
            finishedAt: '2026-03-02T10:00:00Z',
            changeIds: [`a${n}`, `b${n}`],
            version: `1.0.${n}`,
          },
        ],
      }));
      const responses = await Promise.all(
        batches.map(body =>
          http.post(`${BASE}/v1/events`).set(asService).send(body),
        ),
      );
      expect(responses.map(r => r.status)).toEqual([
        200, 200, 200, 200, 200, 200,
      ]);

      // One row; the links are those of whichever batch committed last.
      const rows = await knex('deployments').select('version');
      expect(rows).toHaveLength(1);
      const row = rows[0];
      const n = String(row.version).split('.')[2];
      const links = await knex('deployment_changes')
        .orderBy('position')
        .select('change_id');
      expect(links.map(l => l.change_id)).toEqual([`a${n}`, `b${n}`]);
    },
  );
});
