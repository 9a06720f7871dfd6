import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { BASE, asUser } from '../../__testUtils__/startTestPlugin';
import { catalogEntities } from '../../dora/__fixtures__/catalogEntities';
import { startDoraTest } from '../../dora/__testUtils__/startDoraTest';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The plugin's default evaluation step. */
export const STEP = 5 * MINUTE;

/**
 * The real clock rounded down to the 5-minute step: the plugin evaluates
 * SLOs at `Date.now()`, so tests place buckets and deployments relative to
 * this instant, on the step grid.
 */
export const alignedNow = () => Math.floor(Date.now() / STEP) * STEP;

export const iso = (ms: number) => new Date(ms).toISOString();

/** A bucket of `total` events of which `bad` failed. */
export const bucket = (startMs: number, total: number, bad: number) => ({
  startMs,
  good: total - bad,
  total,
});

/**
 * The real plugin on a fresh database with the catalog of
 * dora/__fixtures__/catalogEntities.ts, inline OpenSLO documents per
 * entity, and optional `deliveryReliability.verdict` and maintenance
 * windows. Helpers post events, write SLI buckets straight into
 * `sli_buckets` (no SLI source is installed) and GET as a user.
 */
export async function startOverviewTest(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    slos: Record<string, object[]>;
    verdict?: JsonObject;
    maintenanceWindows?: JsonObject[];
  },
) {
  const config = {
    deliveryReliability: {
      slo: {
        entities: Object.entries(options.slos).map(
          ([entityRef, documents]) => ({ entityRef, documents }),
        ),
        ...(options.maintenanceWindows && {
          maintenanceWindows: options.maintenanceWindows,
        }),
      },
      ...(options.verdict && { verdict: options.verdict }),
    },
  } as JsonObject;
  const started = await startDoraTest(databases, databaseId, {
    config,
    features: [catalogServiceMock.factory({ entities: catalogEntities })],
  });
  const insertBuckets = async (
    entityRef: string,
    sloId: string,
    buckets: Array<{ startMs: number; good: number; total: number }>,
  ) => {
    await started.knex('sli_buckets').insert(
      buckets.map(b => ({
        entity_ref: entityRef,
        slo_id: sloId,
        start_ms: b.startMs,
        good: b.good,
        total: b.total,
      })),
    );
  };
  const get = (path: string, query: Record<string, string>) =>
    started.http.get(`${BASE}${path}`).query(query).set(asUser);
  return { ...started, insertBuckets, get };
}
