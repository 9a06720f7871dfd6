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
