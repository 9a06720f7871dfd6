/**
 * The delivery-reliability plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { deliveryReliabilityApi } from './alpha/apis';
import {
  deliveryEntityCard,
  errorBudgetEntityCard,
  overviewEntityCard,
} from './alpha/entityCards';
import {
  deliveryEntityContent,
  overviewEntityContent,
  reliabilityEntityContent,
  teamDeliveryEntityContent,
} from './alpha/entityContents';
import { comparisonPage, deliveryReliabilityIcon } from './alpha/pages';
import {
  comparisonPageRouteRef,
  deliveryContentRouteRef,
  overviewContentRouteRef,
  reliabilityContentRouteRef,
  teamDeliveryContentRouteRef,
} from './alpha/routes';

/**
 * Delivery (DORA) and reliability (SLO) for the new frontend system: the API
 * client, the entity tabs (overview, Delivery, Reliability, team Delivery),
 * the overview cards and the team comparison page with its sidebar item.
 * Install with `features: [deliveryReliabilityPlugin]` or app
 * auto-discovery; each extension can be configured under `app.extensions`.
 *
 * @alpha
 */
const deliveryReliabilityPlugin = createFrontendPlugin({
  pluginId: 'delivery-reliability',
  title: 'Delivery & Reliability',
  icon: deliveryReliabilityIcon,
  info: { packageJson: () => import('../package.json') },
  routes: {
    // `root` is what page headers link their title to: the comparison page.
    root: comparisonPageRouteRef,
    overview: overviewContentRouteRef,
    delivery: deliveryContentRouteRef,
    reliability: reliabilityContentRouteRef,
    teamDelivery: teamDeliveryContentRouteRef,
  },
  // Order matters: it is the default order of the tabs and cards.
  extensions: [
    deliveryReliabilityApi,
    overviewEntityContent,
    deliveryEntityContent,
    reliabilityEntityContent,
    teamDeliveryEntityContent,
    overviewEntityCard,
    deliveryEntityCard,
    errorBudgetEntityCard,
    comparisonPage,
  ],
});

export default deliveryReliabilityPlugin;
