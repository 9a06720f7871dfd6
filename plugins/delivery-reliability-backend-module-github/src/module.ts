import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { deliveryReliabilityEventSourcesExtensionPoint } from '@delivery-reliability/plugin-delivery-reliability-node';
import { readGithubSourceConfig } from './config';
import { GithubEventSource } from './GithubEventSource';
import { KnexSyncStateStore } from './state/KnexSyncStateStore';

/**
 * Adds the GitHub pull source to the delivery-reliability backend:
 * deployments and merged pull requests of entities annotated with
 * `github.com/project-slug`.
 * @public
 */
export const deliveryReliabilityModuleGithub = createBackendModule({
  pluginId: 'delivery-reliability',
  moduleId: 'github',
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
        eventSources.addEventSource(
          new GithubEventSource({
            config: readGithubSourceConfig(config),
            rootConfig: config,
            catalog,
            auth,
            scheduler,
            logger,
            store: await KnexSyncStateStore.create(database),
          }),
        );
      },
    });
  },
});
