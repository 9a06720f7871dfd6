import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { deliveryReliabilitySliSourcesExtensionPoint } from '@delivery-reliability/plugin-delivery-reliability-node';
import { readPrometheusConfig } from './config';
import { PrometheusSliSource } from './PrometheusSliSource';

/**
 * Adds the Prometheus SLI source to the delivery-reliability backend, for
 * the data sources in `deliveryReliability.prometheus.dataSources`.
 * @public
 */
export const deliveryReliabilityModulePrometheus = createBackendModule({
  pluginId: 'delivery-reliability',
  moduleId: 'prometheus',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sliSources: deliveryReliabilitySliSourcesExtensionPoint,
      },
      async init({ config, logger, sliSources }) {
        const prometheus = readPrometheusConfig(config);
        if (prometheus.dataSources.length === 0) {
          logger.info(
            'No Prometheus data sources configured (deliveryReliability.prometheus.dataSources); Prometheus SLOs stay without data',
          );
          return;
        }
        sliSources.addSliSource(
          new PrometheusSliSource({ config: prometheus }),
        );
        logger.info(
          `Prometheus SLI source reads from ${prometheus.dataSources
            .map(ds => `${ds.name} (${ds.url})`)
            .join(', ')}`,
        );
      },
    });
  },
});
