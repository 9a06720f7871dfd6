import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { makeStyles } from '@material-ui/core/styles';
import { SloDataFreshness } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatAbsoluteTime, formatRelativeTime } from '../../utils/time';

const useStyles = makeStyles(theme => ({
  stale: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
}));

/**
 * When the SLO last received data: a quiet caption while fresh, a warning
 * chip when stale (with the last read error, if any), since stale figures
 * look current but are not.
 */
export function SloFreshness(props: { freshness: SloDataFreshness }) {
  const { lastBucketAt, stale, lastError } = props.freshness;
  const classes = useStyles();
  const last = lastBucketAt
    ? `last data ${formatRelativeTime(lastBucketAt)}`
    : 'no data received';
  if (!stale) {
    return (
      <Tooltip title={lastBucketAt ? formatAbsoluteTime(lastBucketAt) : ''}>
        <Typography
          variant="caption"
          color="textSecondary"
          data-testid="slo-freshness"
          data-stale="false"
        >
          {last}
        </Typography>
      </Tooltip>
    );
  }
  const why = [
    'The SLI source has not delivered recent data, so these figures may be out of date.',
    lastBucketAt ? `Newest data: ${formatAbsoluteTime(lastBucketAt)}.` : '',
    lastError ? `Last read failed: ${lastError}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Tooltip title={why}>
      <Chip
        size="small"
        icon={<WarningIcon />}
        label={`stale · ${last}`}
        data-testid="slo-freshness"
        data-stale="true"
        className={classes.stale}
      />
    </Tooltip>
  );
}
