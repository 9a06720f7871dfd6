import { compatWrapper } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { groupFilter, overviewFilter, serviceOrWebsiteFilter } from './filters';
import {
  deliveryContentRouteRef,
  overviewContentRouteRef,
  reliabilityContentRouteRef,
  teamDeliveryContentRouteRef,
} from './routes';

// Each loader is lazy so a tab's tables and charts load only when it opens;
// compatWrapper lets the classic components (core-components, classic
// useRouteRef) run inside the new frontend system.

/**
 * Entity tab: the verdict with its reasons, DORA tiles and SLO budgets side
 * by side; on Systems and Groups over the components they hold or own.
 */
export const overviewEntityContent = EntityContentBlueprint.make({
  name: 'overview',
  params: {
    path: '/delivery-reliability',
    title: 'Delivery & Reliability',
    routeRef: overviewContentRouteRef,
    filter: overviewFilter,
    loader: () =>
      import('../components/EntityDeliveryReliabilityContent').then(m =>
        compatWrapper(<m.EntityDeliveryReliabilityContent />),
      ),
  },
});

/** Entity tab: the five DORA metrics, deployments and incidents. */
export const deliveryEntityContent = EntityContentBlueprint.make({
  name: 'delivery',
  params: {
    path: '/delivery',
    title: 'Delivery',
    routeRef: deliveryContentRouteRef,
    filter: serviceOrWebsiteFilter,
    loader: () =>
      import('../components/EntityDeliveryContent').then(m =>
        compatWrapper(<m.EntityDeliveryContent />),
      ),
  },
});

/** Entity tab: SLOs, error budgets, burn rates and the release gate. */
export const reliabilityEntityContent = EntityContentBlueprint.make({
  name: 'reliability',
  params: {
    path: '/reliability',
    title: 'Reliability',
    routeRef: reliabilityContentRouteRef,
    filter: serviceOrWebsiteFilter,
    loader: () =>
      import('../components/EntityReliabilityContent').then(m =>
        compatWrapper(<m.EntityReliabilityContent />),
      ),
  },
});

/** Group tab: the team's DORA metrics over every component it owns. */
export const teamDeliveryEntityContent = EntityContentBlueprint.make({
  name: 'team-delivery',
  params: {
    path: '/delivery',
    title: 'Delivery',
    routeRef: teamDeliveryContentRouteRef,
    filter: groupFilter,
    loader: () =>
      import('../components/EntityTeamDeliveryContent').then(m =>
        compatWrapper(<m.EntityTeamDeliveryContent />),
      ),
  },
});
