import { TestDatabases } from '@backstage/backend-test-utils';
import { setupServer } from 'msw/node';
import { FakeRepo, fakeGithub } from './__testUtils__/fakeGithub';
import {
  component,
  startGithubBackend,
} from './__testUtils__/startGithubBackend';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.now();
const at = (msAgo: number) =>
  new Date(NOW - msAgo).toISOString().replace(/\.\d{3}Z$/, 'Z');

// One repository, hand-made: c0 … m5 on main, oldest first.
function shopRepo(): FakeRepo {
  const pull = (
    number: number,
    openedDaysAgo: number,
    mergedDaysAgo: number | null,
    sha: string | null,
    commitDaysAgo: number[],
  ) => ({
    number,
    created_at: at(openedDaysAgo * DAY),
    updated_at: at((mergedDaysAgo ?? openedDaysAgo - 1) * DAY),
    merged_at: mergedDaysAgo === null ? null : at(mergedDaysAgo * DAY),
    merge_commit_sha: sha,
    commits: commitDaysAgo.map((d, i) => ({
      sha: `p${number}c${i}`,
      date: at(d * DAY),
    })),
    files: ['src/index.ts'],
  });
  return {
    history: ['cOld', 'c0', 'm1', 'm2', 'c3', 'm4', 'm5'],
    pulls: [
      pull(1, 10, 9, 'm1', [10.5, 11]), // first commit 11 days ago, listed out of order
      pull(2, 8, 7, 'm2', [8.5]),
      pull(3, 7, null, null, [7.5]), // closed without merging: not a change
      pull(4, 4, 3, 'm4', [4]),
      pull(5, 401, 400, 'mOld', [401]), // merged before the 365-day window
      pull(6, 2, 1, 'm5', [2]),
    ],
    junkPulls: [{ number: 'seven', created_at: 'yesterday' }],
    deployments: [
      {
        id: 99,
        sha: 'cOld',
        environment: 'prod',
        created_at: at(400 * DAY),
        statuses: [{ state: 'success', created_at: at(400 * DAY) }],
      },
      {
        id: 100,
        sha: 'c0',
        environment: 'production',
        created_at: at(20 * DAY),
        statuses: [{ state: 'success', created_at: at(20 * DAY - 5 * 60_000) }],
      },
      {
        id: 101,
        sha: 'm2',
        environment: 'prod',
        created_at: at(6 * DAY),
        statuses: [
          { state: 'in_progress', created_at: at(6 * DAY) },
          { state: 'failure', created_at: at(6 * DAY - 600_000) },
        ],
      },
      {
        id: 102,
        sha: 'm4',
        environment: 'prod',
        created_at: at(2 * DAY),
        statuses: [
          { state: 'pending', created_at: at(2 * DAY) },
          { state: 'success', created_at: at(2 * DAY - 600_000) },
          { state: 'inactive', created_at: at(HOUR) }, // replaced later: still a success
        ],
      },
      {
        id: 103,
        sha: 'm5',
        environment: 'prod',
        created_at: at(12 * HOUR),
        statuses: [{ state: 'in_progress', created_at: at(12 * HOUR) }],
      },
      {
        id: 104,
        sha: 'm4',
        environment: 'staging',
        created_at: at(DAY),
        statuses: [{ state: 'success', created_at: at(DAY - 60_000) }],
      },
    ],
    junkDeployments: [{ id: 5, environment: 'prod' }],
  };
}

// Each case starts one or two backends on a fresh database; PostgreSQL
// database creation alone can take seconds on a busy machine.
jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(databases.eachSupportedId())(
  'GitHub source on %p',
  databaseId => {
    it('backfills, then syncs incrementally with conditional requests, and survives a restart', async () => {
      const knex = await databases.init(databaseId);
      const repo = shopRepo();
      const github = fakeGithub({ 'acme/shop': repo }, { pageSize: 2 });
      server.use(...github.handlers);
      const entities = [
        component('shop', { 'github.com/project-slug': 'acme/shop' }),
      ];
      const first = await startGithubBackend({ knex, entities });
      const id = (kind: string, n: number) => `github:acme/shop:${kind}:${n}`;

      // A 429 with Retry-After on the very first request is waited out and retried.
      github.throttleNext(
        429,
        { 'retry-after': '0' },
        '{"message":"slow down"}',
      );
      await first.sync();
      expect(github.requests[0].status).toBe(429);

      const page = await first.deployments('shop');
      // 99 is older than the window, 103 still in progress, 5 malformed.
      expect(
        page.items.map(d => [
          d.id,
          d.environment,
          d.status,
          d.changes.map(c => c.id),
        ]),
      ).toEqual([
        [id('deployment', 104), 'staging', 'succeeded', []], // first of its environment: no base to compare
        [
          id('deployment', 102),
          'production',
          'succeeded',
          [id('pr', 1), id('pr', 2), id('pr', 4)],
        ], // c0...m4
        [id('deployment', 101), 'production', 'failed', []],
        [id('deployment', 100), 'production', 'succeeded', []], // cOld...c0 holds no merge commit
      ]);
      const d102 = page.items[1];
      // Finished when its success status was created, not at the later inactive one.
      expect(Date.parse(d102.finishedAt)).toBe(
        Date.parse(at(2 * DAY - 600_000)),
      );
      expect(Date.parse(d102.startedAt!)).toBe(Date.parse(at(2 * DAY)));
      expect(d102.version).toBe('m4');
      expect(d102.rollback).toBe(false);
      expect(Date.parse(d102.changes[0].firstCommitAt)).toBe(
        Date.parse(at(11 * DAY)),
      );
      expect(Date.parse(d102.changes[0].prOpenedAt!)).toBe(
        Date.parse(at(10 * DAY)),
      );
      expect(Date.parse(d102.changes[0].mergedAt!)).toBe(
        Date.parse(at(9 * DAY)),
      );
      // Merged but not deployed yet: stored, linked later.
      const changes = await knex('changes').orderBy('id').pluck('id');
      expect(changes).toEqual([
        id('pr', 1),
        id('pr', 2),
        id('pr', 4),
        id('pr', 6),
      ]);

      // Nothing changed: three conditional requests, all 304 (free), nothing else.
      github.requests.length = 0;
      await first.sync();
      expect(github.requests).toEqual([
        { path: '/repos/acme/shop/pulls', status: 304, conditional: true },
        {
          path: '/repos/acme/shop/deployments',
          status: 304,
          conditional: true,
        },
        {
          path: '/repos/acme/shop/deployments/103/statuses',
          status: 304,
          conditional: true,
        },
      ]);
      expect((await first.deployments('shop')).items).toEqual(page.items);

      // The pending deployment finishes: it ships the pull merged since 102.
      repo.deployments[4].statuses.push({
        state: 'success',
        created_at: at(11 * HOUR),
      });
      github.requests.length = 0;
      await first.sync();
      expect(
        github.requests.filter(r => r.status !== 304).map(r => r.path),
      ).toEqual([
        '/repos/acme/shop/deployments/103/statuses',
        '/repos/acme/shop/compare/m4...m5',
      ]);
      const after = await first.deployments('shop');
      expect(after.items[0]).toMatchObject({
        id: id('deployment', 103),
        status: 'succeeded',
      });
      expect(after.items[0].changes.map(c => c.id)).toEqual([id('pr', 6)]);
      await first.backend.stop();

      // A restart keeps the cursor: no backfill, no commit or compare calls.
      github.requests.length = 0;
      const second = await startGithubBackend({ knex, entities });
      await second.sync();
      expect(github.requests.map(r => r.path)).toEqual([
        '/repos/acme/shop/pulls',
        '/repos/acme/shop/deployments',
      ]);
      expect((await second.deployments('shop')).items).toEqual(after.items);
      await second.backend.stop();
    });

    it('attributes monorepo changes by path and deployments by environment or workflow', async () => {
      const knex = await databases.init(databaseId);
      const pull = (number: number, files: string[]) => ({
        number,
        created_at: at(6 * DAY),
        updated_at: at((5 - number / 10) * DAY),
        merged_at: at((5 - number / 10) * DAY),
        merge_commit_sha: `m${number}`,
        commits: [{ sha: `p${number}`, date: at(7 * DAY) }],
        files,
      });
      const success = (daysAgo: number, log_url?: string) => [
        { state: 'success', created_at: at(daysAgo * DAY), log_url },
      ];
      const github = fakeGithub({
        'acme/mono': {
          history: ['c0', 'm1', 'm2', 'm3'],
          pulls: [
            pull(1, ['apps/web/page.tsx']),
            pull(2, ['services/api/main.go', 'apps/web/client.ts']),
            pull(3, ['docs/readme.md']),
          ],
          deployments: [
            {
              id: 10,
              sha: 'c0',
              environment: 'web-prod',
              created_at: at(9 * DAY),
              statuses: success(9),
            },
            {
              id: 11,
              sha: 'c0',
              environment: 'api-prod',
              created_at: at(9 * DAY),
              statuses: success(9),
            },
            {
              id: 12,
              sha: 'm3',
              environment: 'web-prod',
              created_at: at(2 * DAY),
              statuses: success(2),
            },
            {
              id: 13,
              sha: 'm3',
              environment: 'api-prod',
              created_at: at(2 * DAY),
              statuses: success(2),
            },
            {
              id: 14,
              sha: 'm3',
              environment: 'jobs',
              created_at: at(DAY),
              statuses: success(
                1,
                'https://github.com/acme/mono/actions/runs/77/job/1',
              ),
            },
          ],
        },
      });
      server.use(...github.handlers);
      const slug = { 'github.com/project-slug': 'acme/mono' };
      const { sync, deployments, backend } = await startGithubBackend({
        knex,
        entities: [
          component('web', {
            ...slug,
            'delivery-reliability.io/github-paths': 'apps/web',
            'delivery-reliability.io/github-deployments': 'environment:web-*',
          }),
          component('api', {
            ...slug,
            'delivery-reliability.io/github-paths': 'services/api/',
            'delivery-reliability.io/github-deployments': 'environment:api-*',
          }),
          component('jobs', {
            ...slug,
            'delivery-reliability.io/github-deployments':
              'workflow:workflow-77',
          }),
        ],
        config: {
          deliveryReliability: {
            github: { environments: { production: ['web-prod', 'api-prod'] } },
          },
        },
      });
      await sync();

      const view = async (name: string) =>
        (await deployments(name)).items.map(d => [
          d.id,
          d.environment,
          d.changes.map(c => c.id),
        ]);
      const ref = (name: string) => `@component:default/${name}`;
      // c0...m3 holds m1, m2, m3: web touched by #1 and #2, api by #2, docs-only #3 by neither.
      expect(await view('web')).toEqual([
        [
          `github:acme/mono:deployment:12${ref('web')}`,
          'production',
          [
            `github:acme/mono:pr:1${ref('web')}`,
            `github:acme/mono:pr:2${ref('web')}`,
          ],
        ],
        [`github:acme/mono:deployment:10${ref('web')}`, 'production', []],
      ]);
      expect(await view('api')).toEqual([
        [
          `github:acme/mono:deployment:13${ref('api')}`,
          'production',
          [`github:acme/mono:pr:2${ref('api')}`],
        ],
        [`github:acme/mono:deployment:11${ref('api')}`, 'production', []],
      ]);
      // Only the deployment made by workflow-77 (run 77), first of its environment.
      expect(await view('jobs')).toEqual([
        [`github:acme/mono:deployment:14${ref('jobs')}`, 'jobs', []],
      ]);
      // Files are read once per pull for the whole repository (newest update first), not per entity.
      expect(
        github.requests.filter(r => r.path.endsWith('/files')).map(r => r.path),
      ).toEqual([
        '/repos/acme/mono/pulls/3/files',
        '/repos/acme/mono/pulls/2/files',
        '/repos/acme/mono/pulls/1/files',
      ]);
      await backend.stop();
    });
  },
);
