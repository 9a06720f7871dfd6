import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { useDoraReport } from '../../hooks/useDora';
import { useVerdict } from '../../hooks/useVerdict';
import { countOf } from '../../utils/doraFormat';
import { TeamDeliveryEmptyState } from '../EntityTeamDeliveryContent/TeamDeliveryEmptyState';
import { DeliveryPanel } from './DeliveryPanel';
import { overviewLinks, OverviewProps } from './overviewLinks';
import { OverviewLayout } from './OverviewLayout';
import { ReliabilityPanel } from './ReliabilityPanel';

/**
 * The overview of a System or Group: verdict and DORA tiles over the events
 * of every component it holds or owns, and its SLO objectives by status.
 * No release gate or burn list: both belong to one Component.
 */
export function AggregateOverview(props: OverviewProps) {
  const { entity, window, onDaysChange, paths } = props;
  const entityRef = stringifyEntityRef(entity);
  const links = overviewLinks(useEntityRefLink()(entity), paths);
  const verdict = useVerdict(entityRef, window);
  const dora = useDoraReport(entityRef, window);
  const isGroup = entity.kind.toLowerCase() === 'group';
  const components = dora.value?.entityRefs.length;

  if (isGroup && components === 0) {
    return <TeamDeliveryEmptyState groupRef={entityRef} />;
  }
  return (
    <OverviewLayout
      window={window}
      onDaysChange={onDaysChange}
      verdict={verdict}
      delivery={
        <DeliveryPanel
          response={dora.value}
          error={dora.error}
          loading={dora.loading}
          deepLink={isGroup ? links.delivery : undefined}
          note={
            components !== undefined &&
            `Over the events of ${countOf(components, 'component')}.`
          }
        />
      }
      reliability={
        <ReliabilityPanel
          counts={verdict.value?.sloStatusCounts}
          countsLabel="SLO objectives of its components by status"
        />
      }
    />
  );
}
