import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { SloListResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloBudgetBar } from '../SloBudgetBar';
import { SloStatusChip } from '../SloStatusChip';

/** Each SLO objective of the entity: name, status and the budget left. */
export function SloBudgets(props: {
  response?: SloListResponse;
  error?: Error;
}) {
  const { response, error } = props;
  if (error) {
    return <ResponseErrorPanel title="Could not load SLOs" error={error} />;
  }
  if (!response) return <Progress />;
  if (response.slos.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {response.issues.length > 0
          ? `No valid SLO: ${response.issues.length} problems in the OpenSLO definitions.`
          : 'No SLOs are defined yet; the Reliability tab shows how to add one.'}
      </Typography>
    );
  }
  return (
    <>
      {response.slos.map(slo => (
        <Box key={slo.id} mt={1.5} data-testid={`overview-slo-${slo.id}`}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
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
            <SloStatusChip status={slo.status} />
          </Box>
          <SloBudgetBar ratio={slo.budgetRemainingRatio} />
        </Box>
      ))}
    </>
  );
}
