import {
  BackstageCredentials,
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { parseOpenSloDocuments } from '@delivery-reliability/plugin-delivery-reliability-common';
import Router from 'express-promise-router';
import request from 'supertest';
import { recordingAuditor } from '../../../__testUtils__/startTestPlugin';
import { applyDatabaseMigrations } from '../../../database/migrations';
import { loadOpenApiDocument } from '../../../schema/openApiDocument';
import { EntitySloDefinitions, SloDefinitionsService } from '../../contracts';
import { addSloRoutes } from '../addSloRoutes';

/** The instant every test evaluates at (a multiple of the 5-minute step). */
export const NOW = Date.parse('2026-03-29T12:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const STEP = 5 * MINUTE;

const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
});

/** Definitions parsed from in-memory OpenSLO documents, keyed by entity ref. */
class StaticDefinitions implements SloDefinitionsService {
  readonly callers: BackstageCredentials[] = [];
  constructor(private readonly documents: Record<string, unknown[]>) {}

  async forEntity(
    entityRef: string,
    options?: { credentials?: BackstageCredentials },
  ): Promise<EntitySloDefinitions> {
    if (options?.credentials) this.callers.push(options.credentials);
    const documents = this.documents[entityRef];
    if (!documents) throw new NotFoundError(`No entity ${entityRef}`);
    return { entityRef, ...parseOpenSloDocuments(documents) };
  }

  async listEntityRefs() {
    return Object.keys(this.documents);
  }
}

/**
 * A backend whose only plugin mounts `addSloRoutes` on the real database of
 * the given kind, with mock auth, permissions and a recording auditor, and
 * the clock fixed at {@link NOW}.
 */
export async function startSloTest(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    documents: Record<string, unknown[]>;
    config?: JsonObject;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    evaluateFirstSight?: (entityRef: string) => Promise<unknown>;
  },
) {
  const knex = await databases.init(databaseId);
  const definitions = new StaticDefinitions(options.documents);
  const { audits, auditorFactory } = recordingAuditor();
  const plugin = createBackendPlugin({
    pluginId: 'delivery-reliability',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
          permissions: coreServices.permissions,
          auditor: coreServices.auditor,
          config: coreServices.rootConfig,
          database: coreServices.database,
        },
        async init(deps) {
          const db = await deps.database.getClient();
          await applyDatabaseMigrations(db);
          const router = Router();
          addSloRoutes(router, {
            ...deps,
            openApi: loadOpenApiDocument(),
            knex: db,
            definitions,
            now: () => NOW,
            evaluateFirstSight: options.evaluateFirstSight,
          });
          deps.httpRouter.use(router);
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      plugin,
      mockServices.database.factory({ knex }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      auditorFactory,
    ],
  });
  backends.push(backend);

  /** Writes buckets straight into `sli_buckets` (the writer is not under test). */
  const insertBuckets = async (
    entityRef: string,
    sloId: string,
    buckets: Array<{ startMs: number; good: number; total: number }>,
  ) => {
    await knex('sli_buckets').insert(
      buckets.map(b => ({
        entity_ref: entityRef,
        slo_id: sloId,
        start_ms: b.startMs,
        good: b.good,
        total: b.total,
      })),
    );
  };
  return {
    http: request(backend.server),
    knex,
    audits,
    definitions,
    insertBuckets,
  };
}

/** A bucket of `total` events of which `bad` failed. */
export const bucket = (startMs: number, total: number, bad: number) => ({
  startMs,
  good: total - bad,
  total,
});

/**
 * 100,000 events with 400 bad over the last 10 days — one bucket of 10,000
 * a day at NOW − k days with 120, 70, 35, then 25 (k = 4…10) bad — plus an
 * empty bucket 5 minutes ago, so the data is fresh.
 * SLI = 99,600 / 100,000 = 0.996; budget left = 1 − 0.004 / 0.01 = 0.6.
 */
export function checkoutBuckets() {
  const bad = [120, 70, 35, 25, 25, 25, 25, 25, 25, 25];
  return [
    ...bad.map((b, i) => bucket(NOW - (i + 1) * DAY, 10_000, b)),
    bucket(NOW - STEP, 0, 0),
  ];
}

/** 100,000 events over 10 old days (NOW − 4…13 d) with `bad` spread evenly, plus a fresh empty bucket. */
export function steadyBuckets(bad: number) {
  return [
    ...Array.from({ length: 10 }, (_, i) =>
      bucket(NOW - (i + 4) * DAY, 10_000, bad / 10),
    ),
    bucket(NOW - STEP, 0, 0),
  ];
}
