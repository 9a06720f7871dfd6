import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { DeploymentView } from '@delivery-reliability/plugin-delivery-reliability-common';

const useStyles = makeStyles(theme => ({
  succeeded: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  failed: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
}));

/** `succeeded` / `failed` as a coloured chip. */
export function DeploymentStatusChip(props: {
  status: DeploymentView['status'];
}) {
  const classes = useStyles();
  const { status } = props;
  return (
    <Chip
      size="small"
      label={status}
      className={status === 'succeeded' ? classes.succeeded : classes.failed}
      data-testid="deployment-status"
    />
  );
}
