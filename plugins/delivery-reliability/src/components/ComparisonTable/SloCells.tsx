import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  ComparisonRow,
  SloBudgetStatus,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { countOf, formatPercent } from '../../utils/doraFormat';
import { SLO_STATUS_LABELS } from '../../utils/sloStatus';
import { sloStatusColor } from '../SloStatusChip';

const useStyles = makeStyles(theme => ({
  chip: (props: { status: SloBudgetStatus }) => ({
    backgroundColor: sloStatusColor(theme, props.status),
    color: theme.palette.getContrastText(sloStatusColor(theme, props.status)),
  }),
  allow: { color: theme.palette.success.main, fontWeight: 600 },
  deny: { color: theme.palette.error.main, fontWeight: 600 },
}));

/** `83.3 %` of the objectives with data met, with `5 of 6 met` under it. */
export function SloAttainmentCell(props: { row: ComparisonRow }) {
  const { objectives, withData, met, attainmentRatio } = props.row.slo;
  const percent = formatPercent(attainmentRatio);
  let detail = `${met} of ${withData} met`;
  if (objectives === 0) detail = 'no SLOs';
  else if (withData === 0) detail = `${countOf(objectives, 'SLO')}, no data`;
  else if (withData < objectives)
    detail += `, ${objectives - withData} no data`;
  return (
    <Box data-testid="comparison-slo-attainment">
      <Typography variant="body2">
        {percent.unit ? `${percent.value} %` : percent.value}
      </Typography>
      <Typography variant="caption" color="textSecondary">
        {detail}
      </Typography>
    </Box>
  );
}

function StatusCount(props: { status: SloBudgetStatus; count: number }) {
  const { status, count } = props;
  const classes = useStyles({ status });
  return (
    <Chip
      size="small"
      className={classes.chip}
      label={`${count} ${SLO_STATUS_LABELS[status]}`}
      data-status={status}
    />
  );
}

// Worst first, so a frozen SLO is the first thing seen.
const STATUSES: SloBudgetStatus[] = ['frozen', 'at-risk', 'no-data', 'ok'];

/** How many objectives are frozen, at risk, without data and OK (zeros left out). */
export function BudgetCountsCell(props: { row: ComparisonRow }) {
  const { objectives, statusCounts } = props.row.slo;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      style={{ gap: 4 }}
      data-testid="comparison-budget"
    >
      {objectives === 0 ? (
        <Typography variant="caption" color="textSecondary">
          no SLOs
        </Typography>
      ) : (
        STATUSES.filter(s => statusCounts[s] > 0).map(status => (
          <StatusCount
            key={status}
            status={status}
            count={statusCounts[status]}
          />
        ))
      )}
    </Box>
  );
}

/** The release gate for a feature change: Allow or Deny, and for a team how many services deny. */
export function GateCell(props: { row: ComparisonRow }) {
  const { row } = props;
  const classes = useStyles({ status: row.gate.status });
  const { decision, deniedServices } = row.gate;
  return (
    <Box data-testid="comparison-gate" data-decision={decision ?? 'none'}>
      {decision === null ? (
        <Typography variant="caption" color="textSecondary">
          no SLOs to gate on
        </Typography>
      ) : (
        <Typography variant="body2" className={classes[decision]}>
          {decision === 'allow' ? 'Allow' : 'Deny'}
        </Typography>
      )}
      {row.kind === 'group' && deniedServices > 0 && (
        <Typography variant="caption" color="textSecondary">
          {countOf(deniedServices, 'service')} denied
        </Typography>
      )}
    </Box>
  );
}
