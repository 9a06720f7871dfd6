import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { deliveryReliabilityEventSourcesExtensionPoint } from '@delivery-reliability/plugin-delivery-reliability-node';
import { readDemoConfig } from './config';
import { DemoEventSource } from './DemoEventSource';

/**
 * Adds the built-in demo data source to the delivery-reliability backend when
 * `deliveryReliability.demo.enabled` is true.
 * @public
 */
export const deliveryReliabilityModuleDemo = createBackendModule({
  pluginId: 'delivery-reliability',
  moduleId: 'demo',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        eventSources: deliveryReliabilityEventSourcesExtensionPoint,
      },
      async init({ config, logger, scheduler, eventSources }) {
        const demo = readDemoConfig(config);
        if (!demo.enabled) {
          logger.info(
            'Demo data source is disabled (deliveryReliability.demo.enabled)',
          );
          return;
        }
        eventSources.addEventSource(
          new DemoEventSource({ config: demo, scheduler, logger }),
        );
      },
    });
  },
});
