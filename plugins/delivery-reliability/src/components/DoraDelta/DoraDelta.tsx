import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import TrendingFlatIcon from '@material-ui/icons/TrendingFlat';
import { makeStyles } from '@material-ui/core/styles';
import { DoraDelta as DoraDeltaModel } from '../../utils/doraDelta';

const useStyles = makeStyles(theme => ({
  better: { color: theme.palette.success.main },
  worse: { color: theme.palette.error.main },
  flat: { color: theme.palette.text.secondary },
  icon: { fontSize: '1rem', marginRight: theme.spacing(0.25) },
}));

const ICONS = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  flat: TrendingFlatIcon,
};

/**
 * The change against the previous window: an arrow for the direction, green
 * when it is an improvement and red when worse (for lead time, failure and
 * rework rates and recovery time, lower is better).
 */
export function DoraDelta(props: {
  delta: DoraDeltaModel | null;
  /** e.g. `previous 90 days`. */
  previousLabel: string;
}) {
  const { delta, previousLabel } = props;
  const classes = useStyles();
  if (!delta) {
    return (
      <Typography
        variant="caption"
        color="textSecondary"
        data-testid="dora-delta"
      >
        no comparison with the {previousLabel}
      </Typography>
    );
  }
  let verdict: 'better' | 'worse' | 'flat' = 'flat';
  if (delta.better !== null) verdict = delta.better ? 'better' : 'worse';
  const Icon = ICONS[delta.direction];
  return (
    <Tooltip title={`${previousLabel}: ${delta.previousText}`}>
      <Box
        display="inline-flex"
        alignItems="center"
        className={classes[verdict]}
        data-testid="dora-delta"
        data-direction={delta.direction}
        data-verdict={verdict}
      >
        <Icon className={classes.icon} aria-hidden />
        <Typography variant="caption" component="span">
          {delta.text} vs {previousLabel}
          {verdict === 'flat' ? '' : ` (${verdict})`}
        </Typography>
      </Box>
    </Tooltip>
  );
}
