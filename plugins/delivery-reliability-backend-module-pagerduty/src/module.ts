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
import { PagerDutyClient } from './api/PagerDutyClient';
import { readPagerDutyConfig } from './config';
import { listServiceScopes } from './listServiceScopes';
import { POLL_STATE_TABLE, applyPagerDutyMigrations } from './migrations';
import { PagerDutyProvider } from './PagerDutyProvider';

/**
 * Polls PagerDuty incidents of entities annotated with
 * `pagerduty.com/service-id` into the delivery-reliability store, when
 * `deliveryReliability.pagerduty` is configured.
 * @public
 */
export const deliveryReliabilityModulePagerDuty = createBackendModule({
  pluginId: 'delivery-reliability',
  moduleId: 'pagerduty',
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
        const settings = readPagerDutyConfig(config);
        if (!settings) {
          logger.info(
            'PagerDuty source is off: add deliveryReliability.pagerduty.apiToken to enable it',
          );
          return;
        }
        await applyPagerDutyMigrations(database);
        const client = new PagerDutyClient({ ...settings, logger });
        eventSources.addEventSource(
          new IncidentPollingSource({
            provider: new PagerDutyProvider(client, settings.environment),
            listScopes: () => listServiceScopes(catalog, auth),
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
