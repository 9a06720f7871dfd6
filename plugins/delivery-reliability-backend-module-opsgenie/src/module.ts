import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  incidentPollingModuleDeps,
  initIncidentPollingModule,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieClient } from './api/OpsgenieClient';
import { readOpsgenieConfig } from './config';
import { listQueryScopes } from './listQueryScopes';
import { OPSGENIE_MIGRATIONS, POLL_STATE_TABLE } from './migrations';
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
        ...incidentPollingModuleDeps,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ auth, catalog, ...deps }) {
        await initIncidentPollingModule({
          ...deps,
          readSettings: readOpsgenieConfig,
          offMessage:
            'Opsgenie source is off: add deliveryReliability.opsgenie.apiKey to enable it',
          migrations: OPSGENIE_MIGRATIONS,
          pollStateTable: POLL_STATE_TABLE,
          createProvider: (settings, logger) =>
            new OpsgenieProvider(
              new OpsgenieClient({ ...settings, logger }),
              settings.environment,
            ),
          listScopes: () => listQueryScopes(catalog, auth),
        });
      },
    });
  },
});
