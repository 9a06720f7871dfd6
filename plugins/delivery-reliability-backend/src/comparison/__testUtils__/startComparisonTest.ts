import { Entity } from '@backstage/catalog-model';
import {
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
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import Router from 'express-promise-router';
import request from 'supertest';
import { BASE, asUser } from '../../__testUtils__/startTestPlugin';
import { applyDatabaseMigrations } from '../../database/migrations';
import { EventValidator } from '../../ingestion/EventValidator';
import { IngestionService } from '../../ingestion/IngestionService';
import { RollupStore } from '../../rollups/RollupStore';
import { loadOpenApiDocument } from '../../schema/openApiDocument';
import { KnexSloStatusStore } from '../../slo/status/KnexSloStatusStore';
import { SloStatusRow } from '../../slo/status/types';
import { KnexDeliveryStore } from '../../store/KnexDeliveryStore';
import { addComparisonRoutes } from '../addComparisonRoutes';
import { setupComparison } from '../setupComparison';

const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
});

/**
 * A backend whose only plugin mounts the comparison routes on the real
 * database of the given kind: real event store, rollups and SLO status
 * store, an in-memory catalog and mock auth and permissions. Unlike the
 * whole plugin it runs no SLO evaluation cycle, so hand-written SLO status
 * rows stay as written.
 */
export async function startComparisonTest(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    entities: Entity[];
    config?: JsonObject;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  },
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  const openApi = loadOpenApiDocument();
  const store = new KnexDeliveryStore(knex, {
    productionEnvironments: ['production'],
  });
  const ingestion = new IngestionService(
    EventValidator.fromOpenApi(openApi),
    store,
  );
  const sloStatus = new KnexSloStatusStore(knex);
  const plugin = createBackendPlugin({
    pluginId: 'delivery-reliability',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
          permissions: coreServices.permissions,
          config: coreServices.rootConfig,
          catalog: catalogServiceRef,
        },
        async init(deps) {
          const router = Router();
          addComparisonRoutes(router, {
            ...deps,
            openApi,
            comparison: setupComparison({
              config: deps.config,
              productionEnvironments: ['production'],
              catalog: deps.catalog,
              rollups: new RollupStore(knex, { leadTimeStart: 'firstCommit' }),
              sloStatus,
            }),
          });
          deps.httpRouter.use(router);
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      plugin,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
    ],
  });
  backends.push(backend);
  const http = request(backend.server);

  return {
    http,
    knex,
    /** Stores events as `POST /v1/events` would (rollups marked stale). */
    ingest: (events: object[]) => ingestion.ingest(events),
    /** Writes SLO status rows as an evaluation cycle would. */
    async writeSloStatus(rows: SloStatusRow[]) {
      for (const entityRef of new Set(rows.map(r => r.entityRef))) {
        await sloStatus.replaceEntity(
          entityRef,
          rows.filter(r => r.entityRef === entityRef),
        );
      }
    },
    /** `GET /api/delivery-reliability<path>` as a user. */
    get: (path: string, query: Record<string, string> = {}) =>
      http.get(`${BASE}${path}`).query(query).set(asUser),
  };
}
