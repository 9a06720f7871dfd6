import { useEntity } from '@backstage/plugin-catalog-react';
import { useDoraRange } from '../../hooks/useDora';
import { AggregateOverview } from './AggregateOverview';
import { ComponentOverview } from './ComponentOverview';
import { OverviewTabPaths } from './overviewLinks';

/** Props of {@link EntityDeliveryReliabilityContent}. @public */
export type EntityDeliveryReliabilityContentProps = OverviewTabPaths;

/**
 * "Delivery & Reliability" tab of an entity page: the ship-or-stabilise
 * verdict with its reasons on top, then DORA delivery and SLO reliability
 * side by side over a selectable range, and — for a Component — the release
 * gate, each SLO's budget and the deployments that burned budget. Works for
 * Systems and Groups over the components they hold or own. Guides setup when
 * a Component has neither delivery events nor SLOs.
 * @public
 */
export function EntityDeliveryReliabilityContent(
  props: EntityDeliveryReliabilityContentProps,
) {
  const { entity } = useEntity();
  const { window, setDays } = useDoraRange();
  const Overview =
    entity.kind.toLowerCase() === 'component'
      ? ComponentOverview
      : AggregateOverview;
  return (
    <Overview
      entity={entity}
      window={window}
      onDaysChange={setDays}
      paths={props}
    />
  );
}
