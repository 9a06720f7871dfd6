import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  IncidentPollingSource,
  PollStateStore,
  deliveryReliabilityEventSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieClient } from './api/OpsgenieClient';
import { readOpsgenieConfig } from './config';
import { listQueryScopes } from './listQueryScopes';
import { POLL_STATE_TABLE, applyOpsgenieMigrations } from './migrations';
import { OpsgenieProvider } from './OpsgenieProvider';

/**
 * Polls Opsgenie incidents of entities annotated with
 * `opsgenie.com/component-selector` or `opsgenie.com/team` into the delivery-reliability store, when
 * `deliveryReliability.opsgenie` is configured.
 * @public
 */
export const deliveryReliabilityModuleOpsgenie = createBackendModule({
  pluginId: 'delivery-reliability',
  moduleId: 'opsgenie',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        database: coreServices.database,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        eventSources: deliveryReliabilityEventSourcesExtensionPoint,
      },
      async init({
        config,
        logger,
        scheduler,
        database,
        auth,
        catalog,
        eventSources,
      }) {
        const settings = readOpsgenieConfig(config);
        if (!settings) {
          logger.info(
            'Opsgenie source is off: add deliveryReliability.opsgenie.apiKey to enable it',
          );
          return;
        }
        await applyOpsgenieMigrations(database);
        const client = new OpsgenieClient({ ...settings, logger });
        eventSources.addEventSource(
          new IncidentPollingSource({
            provider: new OpsgenieProvider(client, settings.environment),
            listScopes: () => listQueryScopes(catalog, auth),
            store: new PollStateStore(
              await database.getClient(),
              POLL_STATE_TABLE,
            ),
            scheduler,
            logger,
            frequencyMinutes: settings.frequencyMinutes,
            backfillDays: settings.backfillDays,
            overlapMinutes: settings.overlapMinutes,
          }),
        );
      },
    });
  },
});
