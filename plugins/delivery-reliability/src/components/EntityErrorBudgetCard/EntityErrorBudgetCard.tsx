import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  GateResponse,
  SloListResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { useGate } from '../../hooks/useGate';
import { useSlos } from '../../hooks/useSlos';
import { worstSloStatus } from '../../utils/sloStatus';
import { GateStatusLine } from '../GateStatusLine';
import { SloBudgetList } from '../SloBudgetList';
import { SloStatusChip } from '../SloStatusChip';

/** Props of {@link EntityErrorBudgetCard}. @public */
export interface EntityErrorBudgetCardProps {
  /** Path of the Reliability tab under the entity page; default `reliability`. */
  reliabilityPath?: string;
}

function Budgets(props: {
  response: SloListResponse;
  gate?: GateResponse;
  gateError?: Error;
}) {
  const { response, gate, gateError } = props;
  // The gate names the worst status; without it, derive it from the SLOs.
  const status =
    gate?.status ?? worstSloStatus(response.slos.map(s => s.status));
  return (
    <>
      {response.slos.length > 0 && (
        <>
          <Box display="flex" alignItems="center" mb={1} style={{ gap: 8 }}>
            <Typography variant="body2">Worst status</Typography>
            <SloStatusChip status={status} />
          </Box>
          <GateStatusLine
            gate={gate}
            error={gateError}
            showStatus={false}
            testId="error-budget-card-gate"
          />
        </>
      )}
      <SloBudgetList
        response={response}
        showStatus={false}
        testIdPrefix="error-budget-card-slo-"
      />
    </>
  );
}

/**
 * Overview card: the worst SLO status, each SLO's error budget left and the
 * release gate's decision for a feature release, linking to the Reliability tab.
 * @public
 */
export function EntityErrorBudgetCard(props: EntityErrorBudgetCardProps) {
  const { reliabilityPath = 'reliability' } = props;
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const entityRef = stringifyEntityRef(entity);
  const slos = useSlos(entityRef);
  const gate = useGate(entityRef);

  let content;
  if (slos.error) {
    content = (
      <ResponseErrorPanel title="Could not load SLOs" error={slos.error} />
    );
  } else if (!slos.value) {
    content = <Progress />;
  } else {
    content = (
      <Budgets response={slos.value} gate={gate.value} gateError={gate.error} />
    );
  }
  return (
    <InfoCard
      title="Error budget"
      subheader="SLOs over their windows"
      deepLink={{
        title: 'SLOs, burn rates and incidents',
        link: `${entityLink(entity)}/${reliabilityPath}`,
      }}
      variant="gridItem"
    >
      <div data-testid="entity-error-budget-card">{content}</div>
    </InfoCard>
  );
}
