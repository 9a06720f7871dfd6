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
import { SloBudgetBar } from '../SloBudgetBar';
import { SloStatusChip } from '../SloStatusChip';

/** Props of {@link EntityErrorBudgetCard}. @public */
export interface EntityErrorBudgetCardProps {
  /** Path of the Reliability tab under the entity page; default `reliability`. */
  reliabilityPath?: string;
}

function GateLine(props: { gate?: GateResponse; error?: Error }) {
  const { gate, error } = props;
  let text = 'Release gate: …';
  if (error) text = 'Release gate: unavailable';
  else if (gate) {
    text = `Release gate: ${
      gate.decision === 'allow'
        ? 'feature releases allowed'
        : 'feature releases denied'
    }`;
  }
  return (
    <Typography
      variant="body2"
      data-testid="error-budget-card-gate"
      data-decision={gate?.decision}
      color={gate?.decision === 'deny' ? 'error' : 'textPrimary'}
    >
      {text}
    </Typography>
  );
}

function Budgets(props: {
  response: SloListResponse;
  gate?: GateResponse;
  gateError?: Error;
}) {
  const { response, gate, gateError } = props;
  if (response.slos.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {response.issues.length > 0
          ? `No valid SLO: ${response.issues.length} problems in the OpenSLO definitions.`
          : 'No SLOs are defined yet; the Reliability tab shows how to add one.'}
      </Typography>
    );
  }
  // The gate names the worst status; without it, derive it from the SLOs.
  const status =
    gate?.status ?? worstSloStatus(response.slos.map(s => s.status));
  return (
    <>
      <Box display="flex" alignItems="center" mb={1} style={{ gap: 8 }}>
        <Typography variant="body2">Worst status</Typography>
        <SloStatusChip status={status} />
      </Box>
      <GateLine gate={gate} error={gateError} />
      {response.slos.map(slo => (
        <Box
          key={slo.id}
          mt={1.5}
          data-testid={`error-budget-card-slo-${slo.id}`}
        >
          <Typography variant="body2">
            {slo.displayName ?? slo.name}{' '}
            <Typography
              variant="caption"
              color="textSecondary"
              component="span"
            >
              {slo.objective.displayName}
            </Typography>
          </Typography>
          <SloBudgetBar ratio={slo.budgetRemainingRatio} />
        </Box>
      ))}
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
