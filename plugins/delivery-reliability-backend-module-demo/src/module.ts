import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  deliveryReliabilityEventSourcesExtensionPoint,
  deliveryReliabilitySliSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { readDemoConfig } from './config';
import { DemoEventSource } from './DemoEventSource';
import { DemoSliSource } from './sli';

/**
 * Adds the built-in demo data source to the delivery-reliability backend when
 * `deliveryReliability.demo.enabled` is true: generated delivery events, and
 * simulated SLI counts for SLOs whose metric sources are `type: demo`.
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
        sliSources: deliveryReliabilitySliSourcesExtensionPoint,
      },
      async init({ config, logger, scheduler, eventSources, sliSources }) {
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
        sliSources.addSliSource(new DemoSliSource({ config: demo }));
      },
    });
  },
});
