import Chip from '@material-ui/core/Chip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { SloBudgetStatus } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SLO_STATUS_LABELS } from '../../utils/sloStatus';

/** Colour of each status; no data is grey, never green. */
export function sloStatusColor(theme: Theme, status: SloBudgetStatus): string {
  switch (status) {
    case 'ok':
      return theme.palette.success.main;
    case 'at-risk':
      return theme.palette.warning.main;
    case 'frozen':
      return theme.palette.error.main;
    default:
      return theme.palette.grey[500];
  }
}

const useStyles = makeStyles(theme => ({
  chip: (props: { status: SloBudgetStatus }) => ({
    backgroundColor: sloStatusColor(theme, props.status),
    color: theme.palette.getContrastText(sloStatusColor(theme, props.status)),
    fontWeight: theme.typography.fontWeightBold as number,
  }),
}));

/** An SLO's (or the gate's) error-budget status: OK, At risk, Frozen, No data. */
export function SloStatusChip(props: { status: SloBudgetStatus }) {
  const { status } = props;
  const classes = useStyles({ status });
  return (
    <Chip
      size="small"
      className={classes.chip}
      label={SLO_STATUS_LABELS[status]}
      data-testid="slo-status"
      data-status={status}
    />
  );
}
