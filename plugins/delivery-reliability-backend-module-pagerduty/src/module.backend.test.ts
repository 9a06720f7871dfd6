import { TestDatabases } from '@backstage/backend-test-utils';
import { setupServer } from 'msw/node';
import { FakePagerDuty, pdIncident } from './__testUtils__/fakePagerDuty';
import {
  TASK_ID,
  component,
  startWithPagerDuty,
} from './__testUtils__/startWithPagerDuty';

// Starting a backend on a fresh database is slow on a loaded 2-core machine.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const server = setupServer();
// Requests to the test backend itself pass through; PagerDuty is faked.
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

const entities = [
  component('checkout', 'PCHK'),
  component('payments', 'PPAY'),
  component('no-pagerduty'),
];
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(['SQLITE_3', 'POSTGRES_15'] as const)(
  'PagerDuty module on %s',
  databaseId => {
    const databases = TestDatabases.create({ ids: [databaseId] });
    let fake: FakePagerDuty;
    beforeEach(() => {
      fake = new FakePagerDuty();
      server.resetHandlers(...fake.handlers());
    });

    it('backfills a year in 30-day windows, across pages', async () => {
      const nowMs = Date.now();
      // 230 checkout incidents two days ago: three pages (100, 100, 30).
      for (let i = 0; i < 230; i++) {
        fake.add(
          pdIncident(`C${i}`, 'PCHK', iso(nowMs - 2 * DAY_MS + i * 1000)),
        );
      }
      // One resolved P1 200 days ago, one resolved low-urgency with only
      // last_status_change_at, and one older than the backfill horizon.
      fake.add(
        pdIncident('OLD1', 'PPAY', '2025-01-01T00:00:00Z', {
          created_at: iso(nowMs - 200 * DAY_MS),
          status: 'resolved',
          resolved_at: iso(nowMs - 200 * DAY_MS + 45 * MINUTE_MS),
          priority: { id: 'PRIO1', name: 'P1' },
          title: 'Card declines',
        }),
      );
      fake.add(
        pdIncident('LOW1', 'PPAY', iso(nowMs - 10 * DAY_MS), {
          status: 'resolved',
          urgency: 'low',
          last_status_change_at: iso(nowMs - 10 * DAY_MS + 5 * MINUTE_MS),
        }),
      );
      fake.add(pdIncident('ANCIENT', 'PPAY', iso(nowMs - 400 * DAY_MS)));

      const { poll, incidents } = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
      });
      await poll();

      expect(await incidents('checkout')).toHaveLength(230);
      const payments = await incidents('payments');
      expect(payments.map(i => i.id)).toEqual([
        'pagerduty:LOW1',
        'pagerduty:OLD1',
      ]);
      expect(payments[1]).toMatchObject({
        entityRef: 'component:default/payments',
        environment: 'production',
        severity: 'critical',
        title: 'Card declines',
        startedAt: iso(nowMs - 200 * DAY_MS),
        resolvedAt: iso(nowMs - 200 * DAY_MS + 45 * MINUTE_MS),
      });
      expect(payments[0]).toMatchObject({
        severity: 'low',
        resolvedAt: iso(nowMs - 10 * DAY_MS + 5 * MINUTE_MS),
      });

      // Per service: ceil(365 / 30) = 13 windows, each at most 30 days,
      // back to back, the first starting 365 days before the last ends.
      const checkoutWindows = fake.listRequests.filter(
        p => p.get('service_ids[]') === 'PCHK' && p.get('offset') === '0',
      );
      expect(checkoutWindows).toHaveLength(13);
      const sinces = checkoutWindows.map(p => Date.parse(p.get('since')!));
      const untils = checkoutWindows.map(p => Date.parse(p.get('until')!));
      expect(untils[12] - sinces[0]).toBe(365 * DAY_MS);
      for (let w = 0; w < 13; w++) {
        expect(untils[w] - sinces[w]).toBeLessThanOrEqual(30 * DAY_MS);
      }
      expect(sinces.slice(1)).toEqual(untils.slice(0, -1));
      // The last window holds all 230: offsets 0, 100, 200.
      const lastWindowOffsets = fake.listRequests
        .filter(
          p =>
            p.get('service_ids[]') === 'PCHK' &&
            p.get('since') === iso(sinces[12]),
        )
        .map(p => p.get('offset'));
      expect(lastWindowOffsets).toEqual(['0', '100', '200']);
    });

    it('polls incrementally from the cursor and picks up resolutions', async () => {
      const nowMs = Date.now();
      fake.add(pdIncident('OPEN1', 'PCHK', iso(nowMs - 3 * DAY_MS)));
      const { poll, incidents, knex } = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
      });
      await poll();
      expect((await incidents('checkout'))[0].resolvedAt).toBeUndefined();
      const firstUntil = Math.max(
        ...fake.listRequests.map(p => Date.parse(p.get('until')!)),
      );
      const [state] = await knex('delivery_reliability_pagerduty_poll_state')
        .where({ scope: 'PCHK' })
        .select('polled_until', 'open_ids');
      expect(state).toEqual({
        polled_until: iso(firstUntil),
        open_ids: '["OPEN1"]',
      });

      // PagerDuty resolves it; an incident created inside the overlap shows
      // up late (5 minutes before the cursor).
      fake.update('OPEN1', {
        status: 'resolved',
        resolved_at: iso(nowMs - 3 * DAY_MS + 30 * MINUTE_MS),
      });
      fake.add(pdIncident('LATE1', 'PCHK', iso(firstUntil - 5 * MINUTE_MS)));
      fake.listRequests.length = 0;
      await poll();

      // One window per service, starting the overlap (10 min) before the cursor.
      const checkout = fake.listRequests.filter(
        p => p.get('service_ids[]') === 'PCHK',
      );
      expect(checkout).toHaveLength(1);
      expect(checkout[0].get('since')).toBe(iso(firstUntil - 10 * MINUTE_MS));
      expect(fake.getRequests).toEqual(['OPEN1']);
      const stored = await incidents('checkout');
      expect(stored.map(i => [i.id, i.resolvedAt])).toEqual([
        ['pagerduty:LATE1', undefined],
        ['pagerduty:OPEN1', iso(nowMs - 3 * DAY_MS + 30 * MINUTE_MS)],
      ]);
    });

    it('waits out a 429 as Retry-After asks and retries', async () => {
      fake.add(pdIncident('R1', 'PCHK', iso(Date.now() - DAY_MS)));
      fake.rateLimitedRequests = 2;
      const { poll, incidents } = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
      });
      await poll();
      // Both 429s were answered and waited out; nothing was lost.
      expect(fake.rateLimitedRequests).toBe(0);
      expect((await incidents('checkout')).map(i => i.id)).toEqual([
        'pagerduty:R1',
      ]);
    });

    it('skips malformed incidents and keeps the rest', async () => {
      const nowMs = Date.now();
      fake.add(pdIncident('GOOD1', 'PCHK', iso(nowMs - DAY_MS)));
      fake.addAt(
        nowMs - DAY_MS,
        'PCHK',
        pdIncident('NOCREATED', 'PCHK', '', { created_at: undefined }),
      );
      // Listed under checkout's service but belonging to an unknown one.
      fake.addAt(
        nowMs - DAY_MS,
        'PCHK',
        pdIncident('STRAY', 'PUNKNOWN', iso(nowMs - DAY_MS)),
      );
      const { poll, incidents } = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
      });
      await poll();
      expect((await incidents('checkout')).map(i => i.id)).toEqual([
        'pagerduty:GOOD1',
      ]);
    });

    it('stores the same rows when a poll finds nothing new, also after a restart', async () => {
      const nowMs = Date.now();
      fake.add(
        pdIncident('S1', 'PCHK', iso(nowMs - 5 * DAY_MS), {
          status: 'resolved',
          resolved_at: iso(nowMs - 5 * DAY_MS + MINUTE_MS),
        }),
      );
      fake.add(pdIncident('S2', 'PCHK', iso(nowMs - DAY_MS)));
      const first = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
      });
      await first.poll();
      const before = await first.incidents('checkout');
      await first.poll();
      expect(await first.incidents('checkout')).toEqual(before);

      // A new backend on the same database resumes from the stored cursor:
      // no backfill, one window per service.
      await first.backend.stop();
      fake.listRequests.length = 0;
      const second = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
        knex: first.knex,
      });
      await second.poll();
      expect(fake.listRequests).toHaveLength(2);
      expect(await second.incidents('checkout')).toEqual(before);
    });

    it('does nothing when not configured', async () => {
      const { scheduler } = await startWithPagerDuty({
        databases,
        databaseId,
        entities,
        pagerduty: null,
      });
      const tasks = await scheduler.getScheduledTasks();
      expect(tasks.map(t => t.id)).not.toContain(TASK_ID);
    });
  },
);
