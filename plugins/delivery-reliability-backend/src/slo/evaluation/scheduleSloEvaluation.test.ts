import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { SloEvaluator } from './SloEvaluator';
import { scheduleSloEvaluation } from './scheduleSloEvaluation';

jest.setTimeout(60_000);

const noop = () => ({ add() {}, record() {} });
// The scheduler only records metrics; a no-op keeps the test on its locking.
const metrics = {
  createCounter: noop,
  createHistogram: noop,
  createGauge: noop,
  createUpDownCounter: noop,
} as any;

/** One backend replica's scheduler on the shared database. */
function replica(knex: Knex, shutdownHooks: Array<() => void>) {
  const database = { getClient: async () => knex } as DatabaseService;
  return DefaultSchedulerService.create({
    database,
    logger: mockServices.logger.mock(),
    metrics,
    rootLifecycle: {
      addStartupHook: () => {},
      addBeforeShutdownHook: () => {},
      addShutdownHook: (hook: () => void) => shutdownHooks.push(hook),
    } as any,
    httpRouter: mockServices.httpRouter.mock(),
    pluginMetadata: { getId: () => 'delivery-reliability' },
  });
}

describe('scheduleSloEvaluation', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'lets one of two replicas run a cycle at a time, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const shutdownHooks: Array<() => void> = [];
      let running = 0;
      let maxRunning = 0;
      const runsBy: string[] = [];
      const evaluatorOf = (name: string) =>
        ({
          runCycle: async () => {
            running += 1;
            maxRunning = Math.max(maxRunning, running);
            runsBy.push(name);
            await new Promise(r => setTimeout(r, 1_500));
            running -= 1;
            return {
              entities: 0,
              objectivesEvaluated: 0,
              bucketsWritten: 0,
              sourceReads: 0,
              errors: 0,
            };
          },
        } as unknown as SloEvaluator);

      // Replicas start one after the other, as a rolling deploy does (and
      // so the scheduler's own table migration runs once).
      const triggers: Array<() => Promise<void>> = [];
      for (const name of ['a', 'b']) {
        triggers.push(
          await scheduleSloEvaluation({
            scheduler: replica(knex, shutdownHooks),
            evaluator: evaluatorOf(name),
            stepMinutes: 5,
            logger: mockServices.logger.mock(),
          }),
        );
      }
      // The first cycle starts right away; then ask both replicas for more,
      // also while a cycle is running (that trigger is declined, not queued).
      const until = async (runs: number) => {
        while (runsBy.length < runs) {
          await Promise.all(triggers.map(t => t()));
          await new Promise(r => setTimeout(r, 250));
        }
      };
      await until(3);
      while (running > 0) await new Promise(r => setTimeout(r, 100));
      shutdownHooks.forEach(hook => hook());

      expect(runsBy.length).toBeGreaterThanOrEqual(3);
      expect(maxRunning).toBe(1);
    },
  );

  it('hands the instant a cycle evaluated at to afterCycle, once the cycle is done', async () => {
    const scheduler = mockServices.scheduler.mock();
    const calls: string[] = [];
    const evaluator = {
      runCycle: async (nowMs: number) => {
        calls.push(`cycle at ${nowMs}`);
        return {
          entities: 1,
          objectivesEvaluated: 2,
          bucketsWritten: 0,
          sourceReads: 0,
          errors: 0,
        };
      },
    } as unknown as SloEvaluator;
    await scheduleSloEvaluation({
      scheduler,
      evaluator,
      stepMinutes: 5,
      logger: mockServices.logger.mock(),
      afterCycle: async nowMs => {
        calls.push(`after at ${nowMs}`);
      },
    });
    const [{ fn }] = scheduler.scheduleTask.mock.calls[0];
    const beforeMs = Date.now();
    await fn(new AbortController().signal);
    const nowMs = Number(calls[0].split(' at ')[1]);
    expect(nowMs).toBeGreaterThanOrEqual(beforeMs);
    expect(calls).toEqual([`cycle at ${nowMs}`, `after at ${nowMs}`]);
  });
});
