import { Entity } from '@backstage/catalog-model';
import { DoraQueryWindow } from '../../utils/doraWindow';
/** Paths of the tabs the overview links to, under the entity page. */
export interface OverviewTabPaths {
  /** The Delivery tab; default `delivery`. */
  deliveryPath?: string;
  /** The Reliability tab (Components only); default `reliability`. */
  reliabilityPath?: string;
}

/** The deep links of the two sides, to the entity's Delivery and Reliability tabs. */
export function overviewLinks(entityUrl: string, paths: OverviewTabPaths) {
  const { deliveryPath = 'delivery', reliabilityPath = 'reliability' } = paths;
  return {
    delivery: {
      title: 'Trends, deployments and incidents',
      link: `${entityUrl}/${deliveryPath}`,
    },
    reliability: {
      title: 'SLOs, burn rates and the release gate',
      link: `${entityUrl}/${reliabilityPath}`,
    },
  };
}

/** What the Component and the System/Group overviews are drawn from. */
export interface OverviewProps {
  entity: Entity;
  window: DoraQueryWindow;
  onDaysChange: (days: number) => void;
  paths: OverviewTabPaths;
}
