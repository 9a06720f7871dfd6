import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { SloListResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloBudgetBar } from '../SloBudgetBar';
import { SloStatusChip } from '../SloStatusChip';

/** Props of {@link SloBudgetList}. */
export interface SloBudgetListProps {
  response?: SloListResponse;
  error?: Error;
  /** Show each SLO's status chip next to its name. */
  showStatus?: boolean;
  /** Each row's test id is this prefix plus the SLO id. */
  testIdPrefix?: string;
}

/** Each SLO objective of the entity: name, (status) and the budget left. */
export function SloBudgetList(props: SloBudgetListProps) {
  const { response, error, showStatus = true } = props;
  const { testIdPrefix = 'overview-slo-' } = props;
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
        <Box key={slo.id} mt={1.5} data-testid={`${testIdPrefix}${slo.id}`}>
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
            {showStatus && <SloStatusChip status={slo.status} />}
          </Box>
          <SloBudgetBar ratio={slo.budgetRemainingRatio} />
        </Box>
      ))}
    </>
  );
}
