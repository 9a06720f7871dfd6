import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { deliveryReliabilityPermissions } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryEventSource,
  deliveryReliabilityEventSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { readDeliveryReliabilityConfig } from './config';
import { isSqlite } from './database/clientInfo';
import { applyDatabaseMigrations } from './database/migrations';
import { setupDora } from './dora/setupDora';
import { connectEventSources } from './eventSources/connectEventSources';
import { EventValidator } from './ingestion/EventValidator';
import { IngestionService } from './ingestion/IngestionService';
import { Semaphore } from './ingestion/Semaphore';
import { createRouter } from './router';
import { loadOpenApiDocument } from './schema/openApiDocument';
import { KnexDeliveryStore } from './store/KnexDeliveryStore';

/**
 * The delivery-reliability backend plugin: event store, ingestion API and
 * read API. Source modules add event sources through
 * `deliveryReliabilityEventSourcesExtensionPoint`.
 * @public
 */
export const deliveryReliabilityPlugin = createBackendPlugin({
  pluginId: 'delivery-reliability',
  register(env) {
    const sources: DeliveryEventSource[] = [];
    env.registerExtensionPoint(deliveryReliabilityEventSourcesExtensionPoint, {
      addEventSource(...added) {
        sources.push(...added);
      },
    });

    env.registerInit({
      deps: {
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        lifecycle: coreServices.lifecycle,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { database, httpRouter, httpAuth, permissions, auditor, logger } =
          deps;
        const settings = readDeliveryReliabilityConfig(deps.config);
        deps.permissionsRegistry.addPermissions(deliveryReliabilityPermissions);

        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const dora = await setupDora({
          knex,
          config: deps.config,
          productionEnvironments: settings.productionEnvironments,
          catalog: deps.catalog,
          scheduler: deps.scheduler,
          lifecycle: deps.lifecycle,
          logger,
        });
        const store = new KnexDeliveryStore(knex, {
          productionEnvironments: settings.productionEnvironments,
          onBatchStored: () => dora.worker.nudge(),
        });
        const openApi = loadOpenApiDocument();
        const ingestion = new IngestionService(
          EventValidator.fromOpenApi(openApi),
          store,
        );
        // SQLite writes one transaction at a time, so more batches in
        // progress would only hold more parsed bodies in memory.
        const ingestionGate = new Semaphore(
          settings.ingestion.maxConcurrentBatches ?? (isSqlite(knex) ? 1 : 4),
        );

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            auditor,
            store,
            ingestion,
            limits: settings.ingestion,
            ingestionGate,
            openApi,
            dora,
          }),
        );

        // Sources start once the plugin serves, so their first writes succeed.
        deps.lifecycle.addStartupHook(() =>
          connectEventSources({
            sources,
            ingestion,
            ingestionGate,
            auditor,
            logger,
          }),
        );
      },
    });
  },
});
