import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  incidentPollingModuleDeps,
  initIncidentPollingModule,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { PagerDutyClient } from './api/PagerDutyClient';
import { readPagerDutyConfig } from './config';
import { listServiceScopes } from './listServiceScopes';
import { PAGERDUTY_MIGRATIONS, POLL_STATE_TABLE } from './migrations';
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
        ...incidentPollingModuleDeps,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ auth, catalog, ...deps }) {
        await initIncidentPollingModule({
          ...deps,
          readSettings: readPagerDutyConfig,
          offMessage:
            'PagerDuty source is off: add deliveryReliability.pagerduty.apiToken to enable it',
          migrations: PAGERDUTY_MIGRATIONS,
          pollStateTable: POLL_STATE_TABLE,
          createProvider: (settings, logger) =>
            new PagerDutyProvider(
              new PagerDutyClient({ ...settings, logger }),
              settings.environment,
            ),
          listScopes: () => listServiceScopes(catalog, auth),
        });
      },
    });
  },
});
