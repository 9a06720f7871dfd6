import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { overviewFilter, serviceOrWebsiteFilter } from './filters';

// Overview-page cards; each links to its tab, which the same plugin provides.

/** Card: the verdict (ship more often / stabilise / keep going) with reasons. */
export const overviewEntityCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: overviewFilter,
    loader: () =>
      import('../components/EntityDeliveryReliabilityCard').then(m =>
        compatWrapper(<m.EntityDeliveryReliabilityCard />),
      ),
  },
});

/** Card: the five DORA values with tiers over the last 90 days. */
export const deliveryEntityCard = EntityCardBlueprint.make({
  name: 'delivery',
  params: {
    filter: serviceOrWebsiteFilter,
    loader: () =>
      import('../components/EntityDeliveryCard').then(m =>
        compatWrapper(<m.EntityDeliveryCard />),
      ),
  },
});

/** Card: each SLO's error budget left and the release gate's decision. */
export const errorBudgetEntityCard = EntityCardBlueprint.make({
  name: 'error-budget',
  params: {
    filter: serviceOrWebsiteFilter,
    loader: () =>
      import('../components/EntityErrorBudgetCard').then(m =>
        compatWrapper(<m.EntityErrorBudgetCard />),
      ),
  },
});
