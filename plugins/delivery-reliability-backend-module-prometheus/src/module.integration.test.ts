import { SchedulerService } from '@backstage/backend-plugin-api';
import {
  TestDatabaseId,
  TestDatabases,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import deliveryReliabilityPlugin from '@delivery-reliability/plugin-delivery-reliability-backend';
import prometheusModule from './index';
import { fixtureBaseSec, fixtureSeries } from './__testUtils__/fixture';
import {
  TestPrometheus,
  startTestPrometheus,
} from './__testUtils__/prometheus';

jest.setTimeout(120_000);

const MIN = 60_000;
const T0 = fixtureBaseSec() * 1000;
const ENTITY = 'component:default/checkout';
let prometheus: TestPrometheus;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

beforeAll(async () => {
  prometheus = await startTestPrometheus({ series: fixtureSeries(T0 / 1000) });
});
afterAll(() => prometheus?.destroy());

const sloDocument = {
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name: 'availability' },
  spec: {
    service: 'checkout',
    indicator: {
      metadata: { name: 'non-5xx' },
      spec: {
        ratioMetric: {
          counter: true,
          good: {
            metricSource: {
              type: 'Prometheus',
              spec: { query: 'http_requests_total{code!~"5.."}' },
            },
          },
          total: {
            metricSource: {
              type: 'Prometheus',
              spec: { query: 'http_requests_total' },
            },
          },
        },
      },
    },
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ displayName: 'Available', target: 0.99 }],
  },
};

/**
 * The plugin and this module on a fresh database, with the scheduler
 * replaced so the test runs each evaluation cycle itself, at a clock it sets.
 */
async function startBackend(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const tasks: Array<Parameters<SchedulerService['scheduleTask']>[0]> = [];
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: async task => {
      tasks.push(task);
    },
  });
  const backend = await startTestBackend({
    features: [
      deliveryReliabilityPlugin,
      prometheusModule,
      mockServices.database.factory({ knex }),
      scheduler.factory,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: {
          deliveryReliability: {
            prometheus: {
              dataSources: [{ name: 'prod', url: prometheus.url }],
            },
            slo: {
              entities: [{ entityRef: ENTITY, documents: [sloDocument] }],
            },
          },
        },
      }),
    ],
  });
  const cycleAt = async (nowMs: number) => {
    const task = tasks.find(
      t => t.id === 'delivery-reliability-slo-evaluation',
    );
    if (!task) throw new Error('the SLO evaluation task was not scheduled');
    const clock = jest.spyOn(Date, 'now').mockReturnValue(nowMs);
    try {
      await task.fn(new AbortController().signal as any);
    } finally {
      clock.mockRestore();
    }
  };
  const buckets = async () =>
    (
      await knex('sli_buckets')
        .where({ entity_ref: ENTITY })
        .orderBy('start_ms')
    ).map(r => ({
      startMs: Number(r.start_ms),
      good: Number(r.good),
      total: Number(r.total),
    }));
  const state = async () =>
    knex('slo_evaluation_state').where({ entity_ref: ENTITY }).first();
  return { backend, cycleAt, buckets, state };
}

const measured = (buckets: Array<{ total: number }>) =>
  buckets.filter(b => b.total > 0);
const fiveMinuteBuckets = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    startMs: T0 + 5 * i * MIN,
    good: 495,
    total: 500,
  }));

describe.each(databases.eachSupportedId())(
  'Prometheus SLO evaluation on %p',
  databaseId => {
    it('survives a Prometheus outage and refills exactly the gap', async () => {
      const run = await startBackend(databaseId);
      // Cycle 1, 10 s past minute 60: the backfill stores minutes 0…55.
      await run.cycleAt(T0 + 60 * MIN + 10_000);
      expect(measured(await run.buckets())).toEqual(fiveMinuteBuckets(12));
      expect((await run.state()).last_error).toBeNull();

      // Prometheus down: the cycle completes, the objective records why.
      await prometheus.stop();
      try {
        await run.cycleAt(T0 + 80 * MIN + 10_000);
        const state = await run.state();
        expect(state.last_error).toContain(
          `Prometheus data source prod (${prometheus.url}/api/v1/query_range) is unreachable`,
        );
        expect(measured(await run.buckets())).toEqual(fiveMinuteBuckets(12));
      } finally {
        await prometheus.start();
      }

      // Back on the same data and port: minutes 60…95 are filled.
      await run.cycleAt(T0 + 100 * MIN + 10_000);
      expect((await run.state()).last_error).toBeNull();
      const refilled = await run.buckets();
      expect(measured(refilled)).toEqual(fiveMinuteBuckets(20));

      // A run that never saw the outage stores the very same rows.
      const reference = await startBackend(databaseId);
      await reference.cycleAt(T0 + 60 * MIN + 10_000);
      await reference.cycleAt(T0 + 100 * MIN + 10_000);
      expect(refilled).toEqual(await reference.buckets());

      await Promise.all([run.backend.stop(), reference.backend.stop()]);
    });
  },
);
