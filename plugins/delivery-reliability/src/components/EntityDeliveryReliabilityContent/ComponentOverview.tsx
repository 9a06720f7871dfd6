import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { useDeploymentBurn } from '../../hooks/useDeploymentBurn';
import { useDeploymentsPage } from '../../hooks/useDeploymentsPage';
import { useDoraReport } from '../../hooks/useDora';
import { useGate } from '../../hooks/useGate';
import { useSlos } from '../../hooks/useSlos';
import { useVerdict } from '../../hooks/useVerdict';
import { DeploymentBurnList } from '../DeploymentBurnList';
import { DeliveryPanel } from './DeliveryPanel';
import { GateStatusLine } from '../GateStatusLine';
import { overviewLinks, OverviewProps } from './overviewLinks';
import { OverviewLayout } from './OverviewLayout';
import { OverviewSetupEmptyState } from './OverviewSetupEmptyState';
import { ReliabilityPanel } from './ReliabilityPanel';
import { SloBudgetList } from '../SloBudgetList';

/**
 * The overview of a Component: verdict, DORA tiles, release gate and SLO
 * budgets, and the deployments that burned budget; both setup guides when
 * the component has neither delivery events nor SLOs.
 */
export function ComponentOverview(props: OverviewProps) {
  const { entity, window, onDaysChange, paths } = props;
  const entityRef = stringifyEntityRef(entity);
  const links = overviewLinks(useEntityRefLink()(entity), paths);
  const verdict = useVerdict(entityRef, window);
  const dora = useDoraReport(entityRef, window);
  const slos = useSlos(entityRef);
  const gate = useGate(entityRef);
  // Any deployment at all (in any environment), to tell "no events yet" apart.
  const deployments = useDeploymentsPage(entityRef, 0, undefined);
  const burn = useDeploymentBurn(
    entityRef,
    window.from.getTime(),
    window.to.getTime(),
  );

  const settled = (state: { value?: unknown; error?: Error }) =>
    state.value !== undefined || state.error !== undefined;
  if (!settled(deployments) || !settled(slos)) return <Progress />;
  const noEvents = deployments.value?.totalCount === 0;
  const noSlos =
    slos.value?.slos.length === 0 && slos.value.issues.length === 0;
  if (noEvents && noSlos) return <OverviewSetupEmptyState entity={entity} />;

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
          deepLink={links.delivery}
          note={
            noEvents &&
            'No deployment has been reported yet; the Delivery tab shows how to send events.'
          }
        />
      }
      reliability={
        <ReliabilityPanel
          counts={verdict.value?.sloStatusCounts}
          countsLabel="SLO objectives by status"
          deepLink={links.reliability}
        >
          <GateStatusLine gate={gate.value} error={gate.error} />
          <SloBudgetList response={slos.value} error={slos.error} />
        </ReliabilityPanel>
      }
      footer={<DeploymentBurnList response={burn.value} error={burn.error} />}
    />
  );
}
