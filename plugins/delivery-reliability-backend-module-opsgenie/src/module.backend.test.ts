import { TestDatabases } from '@backstage/backend-test-utils';
import { setupServer } from 'msw/node';
import { FakeOpsgenie, ogIncident } from './__testUtils__/fakeOpsgenie';
import {
  TASK_ID,
  component,
  startWithOpsgenie,
} from './__testUtils__/startWithOpsgenie';

// Starting a backend on a fresh database is slow on a loaded 2-core machine.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const server = setupServer();
// Requests to the test backend itself pass through; Opsgenie is faked.
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

const SELECTOR = 'tag:"service:checkout"';
const TEAM_QUERY = 'responders:"payments-team"';
const entities = [
  component('checkout', { 'opsgenie.com/component-selector': SELECTOR }),
  component('payments', { 'opsgenie.com/team': 'payments-team' }),
  component('no-opsgenie'),
];
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(['SQLITE_3', 'POSTGRES_15'] as const)(
  'Opsgenie module on %s',
  databaseId => {
    const databases = TestDatabases.create({ ids: [databaseId] });
    let fake: FakeOpsgenie;
    beforeEach(() => {
      fake = new FakeOpsgenie();
      server.resetHandlers(...fake.handlers());
    });

    it('backfills a year across pages, by selector and by team', async () => {
      const nowMs = Date.now();
      // 150 checkout incidents a day ago: two pages (100, 50).
      for (let i = 0; i < 150; i++) {
        fake.add(SELECTOR, ogIncident(`c${i}`, iso(nowMs - DAY_MS + i * 1000)));
      }
      fake.add(
        TEAM_QUERY,
        ogIncident('p1', iso(nowMs - 100 * DAY_MS), {
          message: 'Payouts delayed',
          priority: 'P1',
          status: 'closed',
          updatedAt: iso(nowMs - 100 * DAY_MS + 90 * MINUTE_MS),
        }),
      );
      fake.add(TEAM_QUERY, ogIncident('p-old', iso(nowMs - 500 * DAY_MS)));

      const { poll, incidents } = await startWithOpsgenie({
        databases,
        databaseId,
        entities,
      });
      await poll();

      expect(await incidents('checkout')).toHaveLength(150);
      expect(await incidents('payments')).toEqual([
        expect.objectContaining({
          id: 'opsgenie:p1',
          entityRef: 'component:default/payments',
          environment: 'production',
          severity: 'critical',
          title: 'Payouts delayed',
          startedAt: iso(nowMs - 100 * DAY_MS),
          resolvedAt: iso(nowMs - 100 * DAY_MS + 90 * MINUTE_MS),
        }),
      ]);
      // ceil(365 / 30) = 13 windows per entity; the last one twice (2 pages).
      const checkout = fake.listQueries.filter(q =>
        q.endsWith(`(${SELECTOR})`),
      );
      expect(checkout).toHaveLength(14);
      const bounds = (q: string) => q.match(/\d+/g)!.map(Number);
      expect(bounds(checkout[13])[1] - bounds(checkout[0])[0]).toBe(
        365 * DAY_MS,
      );
    });

    it('polls incrementally and picks up resolutions', async () => {
      const nowMs = Date.now();
      fake.add(SELECTOR, ogIncident('o1', iso(nowMs - 2 * DAY_MS)));
      const { poll, incidents } = await startWithOpsgenie({
        databases,
        databaseId,
        entities,
      });
      await poll();
      expect((await incidents('checkout'))[0]).toMatchObject({
        id: 'opsgenie:o1',
        severity: 'medium',
      });
      expect((await incidents('checkout'))[0].resolvedAt).toBeUndefined();
      const firstUntil = Math.max(
        ...fake.listQueries.map(q => Number(q.match(/createdAt<(\d+)/)![1])),
      );

      fake.update('o1', {
        status: 'resolved',
        updatedAt: iso(nowMs - 2 * DAY_MS + 20 * MINUTE_MS),
      });
      fake.listQueries.length = 0;
      await poll();

      // One window per entity, from the overlap (10 min) before the cursor.
      expect(fake.listQueries).toHaveLength(2);
      expect(fake.listQueries[0]).toMatch(
        new RegExp(`^createdAt>=${firstUntil - 10 * MINUTE_MS} AND`),
      );
      expect(fake.getRequests).toEqual(['o1']);
      expect((await incidents('checkout'))[0].resolvedAt).toBe(
        iso(nowMs - 2 * DAY_MS + 20 * MINUTE_MS),
      );
    });

    it('retries after a 429, skips malformed incidents, and re-runs to the same rows', async () => {
      const nowMs = Date.now();
      fake.add(SELECTOR, ogIncident('g1', iso(nowMs - DAY_MS)));
      fake.add(
        SELECTOR,
        ogIncident('bad1', '', { createdAt: undefined }),
        nowMs - DAY_MS,
      );
      fake.rateLimitedRequests = 1;
      const { poll, incidents } = await startWithOpsgenie({
        databases,
        databaseId,
        entities,
      });
      await poll();
      expect(fake.rateLimitedRequests).toBe(0);
      const stored = await incidents('checkout');
      expect(stored.map(i => i.id)).toEqual(['opsgenie:g1']);
      await poll();
      expect(await incidents('checkout')).toEqual(stored);
    });

    it('does nothing when not configured', async () => {
      const { scheduler } = await startWithOpsgenie({
        databases,
        databaseId,
        entities,
        opsgenie: null,
      });
      const tasks = await scheduler.getScheduledTasks();
      expect(tasks.map(t => t.id)).not.toContain(TASK_ID);
    });
  },
);
