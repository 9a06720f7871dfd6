import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { deliveryReliabilityPermissions } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryEventSource,
  SliSource,
  deliveryReliabilityEventSourcesExtensionPoint,
  deliveryReliabilitySliSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { readDeliveryReliabilityConfig } from './config';
import { isSqlite } from './database/clientInfo';
import { applyDatabaseMigrations } from './database/migrations';
import { setupComparison } from './comparison/setupComparison';
import { setupDora } from './dora/setupDora';
import { connectEventSources } from './eventSources/connectEventSources';
import { EventValidator } from './ingestion/EventValidator';
import { IngestionService } from './ingestion/IngestionService';
import { Semaphore } from './ingestion/Semaphore';
import { createRouter } from './router';
import { setupSlos } from './slo/setupSlos';
import { loadOpenApiDocument } from './schema/openApiDocument';
import { KnexDeliveryStore } from './store/KnexDeliveryStore';

/**
 * The delivery-reliability backend plugin: event store, ingestion API and
 * read API, SLO evaluation. Source modules add event sources through
 * `deliveryReliabilityEventSourcesExtensionPoint` and SLI sources through
 * `deliveryReliabilitySliSourcesExtensionPoint`.
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
    const sliSources: SliSource[] = [];
    env.registerExtensionPoint(deliveryReliabilitySliSourcesExtensionPoint, {
      addSliSource(...added) {
        sliSources.push(...added);
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
        urlReader: coreServices.urlReader,
        auth: coreServices.auth,
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
        // SLO definitions, bucket writer and the scheduled evaluation; its
        // first cycle runs as soon as the scheduler starts (no initial delay).
        const slos = await setupSlos({
          knex,
          config: deps.config,
          catalog: deps.catalog,
          auth: deps.auth,
          urlReader: deps.urlReader,
          scheduler: deps.scheduler,
          logger,
          sources: sliSources,
        });
        logger.info(
          `SLO evaluation every ${slos.stepMs / 60_000} min with SLI sources: ${
            sliSources.map(s => s.id).join(', ') || 'none'
          }`,
        );
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
            slo: {
              config: deps.config,
              knex,
              definitions: slos.definitions,
              evaluateFirstSight: slos.evaluateFirstSight,
            },
            comparison: setupComparison({
              config: deps.config,
              productionEnvironments: settings.productionEnvironments,
              catalog: deps.catalog,
              rollups: dora.rollups,
              sloStatus: slos.sloStatus,
              sloCatchUp: {
                definitions: slos.definitions,
                evaluateFirstSight: slos.evaluateFirstSight,
              },
            }),
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
