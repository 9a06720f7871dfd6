import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { deliveryReliabilityApiRef, DeliveryReliabilityClient } from './api';
import { rootRouteRef } from './routes';

/**
 * The delivery-reliability frontend plugin (classic frontend system).
 * @public
 */
export const deliveryReliabilityPlugin = createPlugin({
  id: 'delivery-reliability',
  apis: [
    createApiFactory({
      api: deliveryReliabilityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DeliveryReliabilityClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * Entity page tab content: recent deployments with their changes and
 * incidents, and the entity's incidents; guides setup when no data arrived.
 * Use inside an `EntityLayout.Route` of a catalog entity page.
 * @public
 */
export const EntityDeliveryContent = deliveryReliabilityPlugin.provide(
  createRoutableExtension({
    name: 'EntityDeliveryContent',
    // Lazy, so the tab's code (tables, charts) loads only when it is opened.
    component: () =>
      import('./components/EntityDeliveryContent').then(
        m => m.EntityDeliveryContent,
      ),
    mountPoint: rootRouteRef,
  }),
);
