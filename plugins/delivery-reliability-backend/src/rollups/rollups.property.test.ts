import { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DeliveryEvent,
  DoraMetrics,
  DoraMetricsReport,
  computeDoraMetrics,
  toDoraInput,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../__testUtils__/startTestPlugin';
import { catalogEntities } from '../dora/__fixtures__/catalogEntities';
import { prng, randomHistory } from './__testUtils__/randomEvents';

jest.setTimeout(120_000);

const DAY = 86_400_000;
// The sketch's relative accuracy plus floating-point slack.
const TOLERANCE = 0.01 * (1 + 1e-9);

function expectQuantile(
  actual: number | null,
  exact: number | null,
  label: string,
) {
  if (exact === null || actual === null) {
    expect({ label, actual }).toEqual({ label, actual: exact });
  } else if (exact === 0) {
    expect({ label, actual }).toEqual({ label, actual: 0 });
  } else {
    expect({
      label,
      error: Math.abs(actual - exact) / exact <= TOLERANCE,
    }).toEqual({
      label,
      error: true,
    });
  }
}

/** Counts exact, quantiles within the sketch's 1 %. */
function expectMatches(
  actual: DoraMetricsReport,
  exact: DoraMetrics,
  label: string,
) {
  const counts = (m: DoraMetrics | DoraMetricsReport) => ({
    frequency: [
      m.deploymentFrequency.deployments,
      m.deploymentFrequency.days,
      m.deploymentFrequency.perDay,
    ],
    lead: m.leadTimeForChanges.n,
    cfr: [
      m.changeFailureRate.deployments,
      m.changeFailureRate.failed,
      m.changeFailureRate.ratio,
    ],
    recovery: [
      m.failedDeploymentRecoveryTime.failed,
      m.failedDeploymentRecoveryTime.unresolved,
      m.failedDeploymentRecoveryTime.n,
    ],
    rework: [
      m.deploymentReworkRate.deployments,
      m.deploymentReworkRate.unplanned,
      m.deploymentReworkRate.ratio,
    ],
  });
  expect({ label, ...counts(actual) }).toEqual({ label, ...counts(exact) });
  expectQuantile(
    actual.leadTimeForChanges.p50Seconds,
    exact.leadTimeForChanges.p50Seconds,
    `${label} lead p50`,
  );
  expectQuantile(
    actual.leadTimeForChanges.p90Seconds,
    exact.leadTimeForChanges.p90Seconds,
    `${label} lead p90`,
  );
  expectQuantile(
    actual.failedDeploymentRecoveryTime.p50Seconds,
    exact.failedDeploymentRecoveryTime.p50Seconds,
    `${label} recovery p50`,
  );
}

async function snapshot(knex: Knex) {
  const rows = async (table: string, start: string) =>
    (await knex(table).orderBy(['entity_ref', 'environment', start])).map(
      row => ({
        ...row,
        [start]: Number(row[start]),
      }),
    );
  return rows('dora_rollup_days', 'day_start');
}

describe('rollups against computeDoraMetrics over the raw events', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  const services = ['svc-a', 'svc-b', 'svc-c'];

  it.each(
    databases
      .eachSupportedId()
      .flatMap(([id]) => [1, 2, 3].map(seed => [id, seed] as const)),
  )('matches for random histories, %p seed %p', async (databaseId, seed) => {
    const { http, knex } = await startTestPlugin(databases, databaseId, {
      features: [catalogServiceMock.factory({ entities: catalogEntities })],
    });
    const history = randomHistory(seed, services);
    // Read after every batch, so each batch's marks are processed on their
    // own (a late event must reach back exactly as far as it matters).
    for (const events of history.batches) {
      const res = await http
        .post(`${BASE}/v1/events`)
        .set(asService)
        .send({ events });
      expect(res.status).toBe(200);
      for (const entityRef of [
        'group:default/org',
        'component:default/svc-c',
      ]) {
        const read = await http
          .get(`${BASE}/v1/dora`)
          .query({ entityRef })
          .set(asUser);
        expect(read.status).toBe(200);
      }
    }

    const random = prng(seed * 7919);
    const windows = [
      {
        fromMs: history.startMs - 7 * DAY,
        toMs: history.startMs + (history.days + 7) * DAY,
      },
      ...Array.from({ length: 3 }, () => {
        const fromMs =
          history.startMs + Math.floor(random() * history.days) * DAY;
        return { fromMs, toMs: fromMs + (1 + Math.floor(random() * 40)) * DAY };
      }),
    ];
    const eventsOf = (refs: string[]) =>
      toDoraInput(
        history.all.filter(e => refs.includes(e.entityRef)) as DeliveryEvent[],
      );
    const cases: Array<{
      entityRef: string;
      refs: string[];
      environment?: string;
    }> = [
      ...services.map(s => ({
        entityRef: `component:default/${s}`,
        refs: [`component:default/${s}`],
      })),
      {
        entityRef: 'group:default/org',
        refs: ['component:default/svc-a', 'component:default/svc-b'],
      },
      {
        entityRef: 'component:default/svc-a',
        refs: ['component:default/svc-a'],
        environment: 'staging',
      },
    ];

    const check = async () => {
      for (const window of windows) {
        for (const { entityRef, refs, environment } of cases) {
          const res = await http
            .get(`${BASE}/v1/dora`)
            .query({
              entityRef,
              from: new Date(window.fromMs).toISOString(),
              to: new Date(window.toMs).toISOString(),
              ...(environment && { environment }),
            })
            .set(asUser);
          expect({
            status: res.status,
            body: res.status === 200 ? 'ok' : res.body,
          }).toEqual({
            status: 200,
            body: 'ok',
          });
          const exact = computeDoraMetrics(eventsOf(refs), window, {
            productionEnvironments: [environment ?? 'production'],
          });
          expectMatches(
            res.body.metrics,
            exact,
            `${entityRef} ${environment ?? ''} ${res.body.window.from}`,
          );
        }
      }
    };
    await check();

    // Rebuilding from the raw events gives exactly the incremental rollups.
    const incremental = await snapshot(knex);
    expect(incremental.length).toBeGreaterThan(50);
    const rebuild = await http
      .post(`${BASE}/v1/rollups/rebuild`)
      .set(asService);
    expect(rebuild.status).toBe(200);
    expect(rebuild.body).toMatchObject({
      entities: 3,
      dayRows: incremental.length,
    });
    expect(await snapshot(knex)).toEqual(incremental);
    await check();
  });
});
