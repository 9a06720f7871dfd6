import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { createRouteRef } from '@backstage/frontend-plugin-api';
import {
  comparisonRouteRef,
  reliabilityRouteRef,
  rootRouteRef,
  teamDeliveryRouteRef,
} from '../routes';

// The classic plugin's route refs are converted rather than recreated, so code
// resolving them with the classic `useRouteRef` works in both systems.

/** Where the team comparison page is mounted. */
export const comparisonPageRouteRef = convertLegacyRouteRef(comparisonRouteRef);

/** Where the entity Delivery tab is mounted. */
export const deliveryContentRouteRef = convertLegacyRouteRef(rootRouteRef);

/** Where the entity Reliability tab is mounted. */
export const reliabilityContentRouteRef =
  convertLegacyRouteRef(reliabilityRouteRef);

/** Where the Group Delivery tab is mounted. */
export const teamDeliveryContentRouteRef =
  convertLegacyRouteRef(teamDeliveryRouteRef);

/**
 * Where the entity "Delivery & Reliability" overview tab is mounted; the
 * classic plugin has no route ref for it.
 */
export const overviewContentRouteRef = createRouteRef();
