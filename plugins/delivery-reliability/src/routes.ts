import { createRouteRef } from '@backstage/core-plugin-api';

/** Where the entity Delivery tab is mounted (bound by `EntityLayout.Route`). */
export const rootRouteRef = createRouteRef({
  id: 'delivery-reliability',
});

/** Where the Group Delivery tab is mounted (bound by `EntityLayout.Route`). */
export const teamDeliveryRouteRef = createRouteRef({
  id: 'delivery-reliability:team-delivery',
});

/** Where the entity Reliability tab is mounted (bound by `EntityLayout.Route`). */
export const reliabilityRouteRef = createRouteRef({
  id: 'delivery-reliability:reliability',
});

/** Where the entity Delivery & Reliability tab is mounted (bound by `EntityLayout.Route`). */
export const overviewRouteRef = createRouteRef({
  id: 'delivery-reliability:overview',
});

/** Where the team comparison page is mounted (the app's `/delivery-reliability` route). */
export const comparisonRouteRef = createRouteRef({
  id: 'delivery-reliability:comparison',
});
