import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { deliveryReliabilityApiRef, DeliveryReliabilityClient } from './api';
import {
  comparisonRouteRef,
  overviewRouteRef,
  reliabilityRouteRef,
  rootRouteRef,
  teamDeliveryRouteRef,
} from './routes';

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
    teamDelivery: teamDeliveryRouteRef,
    reliability: reliabilityRouteRef,
    comparison: comparisonRouteRef,
    overview: overviewRouteRef,
  },
});

/**
 * Entity page tab content: the five DORA metrics with tiers, deltas and
 * trends over a selectable range, recent deployments with their changes,
 * lead time and incidents, and the entity's incidents; guides setup when no
 * data arrived.
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

/**
 * Group page tab content: the team's five DORA metrics (over every component
 * the group and its child groups own) and a sortable per-component table.
 * Use inside an `EntityLayout.Route` of the group entity page.
 * @public
 */
export const EntityTeamDeliveryContent = deliveryReliabilityPlugin.provide(
  createRoutableExtension({
    name: 'EntityTeamDeliveryContent',
    component: () =>
      import('./components/EntityTeamDeliveryContent').then(
        m => m.EntityTeamDeliveryContent,
      ),
    mountPoint: teamDeliveryRouteRef,
  }),
);

/**
 * Overview card: the entity's five DORA values with tiers over the last 90
 * days, linking to its Delivery tab.
 * @public
 */
export const EntityDeliveryCard = deliveryReliabilityPlugin.provide(
  createComponentExtension({
    name: 'EntityDeliveryCard',
    component: {
      lazy: () =>
        import('./components/EntityDeliveryCard').then(
          m => m.EntityDeliveryCard,
        ),
    },
  }),
);

/**
 * Entity page tab content: the release gate's decision, every SLO objective
 * with its error budget, burn rates, alert state and data freshness, the
 * selected SLO's budget burndown with deployments and incidents, OpenSLO
 * definition problems and incidents with recurrence hints; guides setup when
 * no SLO is defined.
 * Use inside an `EntityLayout.Route` of a catalog entity page.
 * @public
 */
export const EntityReliabilityContent = deliveryReliabilityPlugin.provide(
  createRoutableExtension({
    name: 'EntityReliabilityContent',
    component: () =>
      import('./components/EntityReliabilityContent').then(
        m => m.EntityReliabilityContent,
      ),
    mountPoint: reliabilityRouteRef,
  }),
);

/**
 * Overview card: the worst SLO status, each SLO's error budget left and the
 * release gate's decision, linking to the Reliability tab.
 * @public
 */
export const EntityErrorBudgetCard = deliveryReliabilityPlugin.provide(
  createComponentExtension({
    name: 'EntityErrorBudgetCard',
    component: {
      lazy: () =>
        import('./components/EntityErrorBudgetCard').then(
          m => m.EntityErrorBudgetCard,
        ),
    },
  }),
);

/**
 * The team comparison page (mount it at `/delivery-reliability`): which
 * teams should focus on speed and which on stability — every team's DORA
 * values, tiers and trends, SLO attainment, budget statuses, release gate
 * and verdict in a table expandable to services, with filters, CSV export
 * and a speed-vs-stability scatter. Needs the
 * `delivery-reliability.comparison.read` permission.
 * @public
 */
export const DeliveryReliabilityPage = deliveryReliabilityPlugin.provide(
  createRoutableExtension({
    name: 'DeliveryReliabilityPage',
    component: () =>
      import('./components/DeliveryReliabilityPage').then(
        m => m.DeliveryReliabilityPage,
      ),
    mountPoint: comparisonRouteRef,
  }),
);

/**
 * Entity page tab content ("Delivery & Reliability"): the ship-or-stabilise
 * verdict with its reasons and thresholds, the five DORA metrics and the SLO
 * budgets with the release gate side by side over a selectable range, and
 * the deployments that burned error budget. Works for Components, and for
 * Systems and Groups over their components; guides setup without data.
 * Use inside an `EntityLayout.Route` of a catalog entity page.
 * @public
 */
export const EntityDeliveryReliabilityContent =
  deliveryReliabilityPlugin.provide(
    createRoutableExtension({
      name: 'EntityDeliveryReliabilityContent',
      // Lazy, so the tab's code loads only when it is opened.
      component: () =>
        import('./components/EntityDeliveryReliabilityContent').then(
          m => m.EntityDeliveryReliabilityContent,
        ),
      mountPoint: overviewRouteRef,
    }),
  );

/**
 * Overview card: the verdict and its headline over the last 90 days, the
 * five DORA values with tiers, SLO objectives by status and the release
 * gate, linking to the Delivery & Reliability tab.
 * @public
 */
export const EntityDeliveryReliabilityCard = deliveryReliabilityPlugin.provide(
  createComponentExtension({
    name: 'EntityDeliveryReliabilityCard',
    component: {
      lazy: () =>
        import('./components/EntityDeliveryReliabilityCard').then(
          m => m.EntityDeliveryReliabilityCard,
        ),
    },
  }),
);
