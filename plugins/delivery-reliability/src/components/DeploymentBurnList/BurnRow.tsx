import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { DeploymentBurn } from '@delivery-reliability/plugin-delivery-reliability-common';
import { Timestamp } from '../Timestamp';
import { formatBudgetDelta, formatBudgetShare, worstSloOf } from './burnFormat';

/**
 * One deployment: version, finish, the SLO that changed most, its budget
 * consumed in the hour before → the hour after, the difference, and whether
 * it burned budget (or its hour is not over yet).
 */
export function BurnRow(props: { deployment: DeploymentBurn }) {
  const { deployment } = props;
  const worst = worstSloOf(deployment);
  return (
    <TableRow
      data-testid={`deployment-burn-${deployment.deploymentId}`}
      data-burned={deployment.burned}
    >
      <TableCell>
        <Typography variant="body2" data-testid="burn-version">
          {deployment.version ?? deployment.deploymentId}
        </Typography>
      </TableCell>
      <TableCell>
        <Timestamp iso={deployment.finishedAt} />
      </TableCell>
      <TableCell data-testid="burn-worst-slo">
        {deployment.worst?.name ?? '—'}
      </TableCell>
      <TableCell data-testid="burn-before-after">
        {worst
          ? `${formatBudgetShare(
              worst.before.budgetConsumedRatio,
            )} → ${formatBudgetShare(worst.after.budgetConsumedRatio)}`
          : 'no hour to compare'}
      </TableCell>
      <TableCell data-testid="burn-delta">
        <Typography
          variant="body2"
          color={deployment.burned ? 'error' : 'textPrimary'}
        >
          {formatBudgetDelta(deployment.worst?.deltaRatio ?? null)}
        </Typography>
      </TableCell>
      <TableCell>
        <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          {deployment.burned && (
            <Chip
              size="small"
              color="secondary"
              label="burned budget"
              data-testid="burn-burned"
            />
          )}
          {!deployment.complete && (
            <Chip
              size="small"
              variant="outlined"
              label="hour not over yet"
              data-testid="burn-incomplete"
            />
          )}
        </Box>
      </TableCell>
    </TableRow>
  );
}
