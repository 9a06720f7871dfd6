import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import { makeStyles } from '@material-ui/core/styles';
import {
  DoraCountingRules,
  DoraMetricName,
  DoraMetricsReport,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  formatDoraCounts,
  formatDoraSecondary,
  formatDoraValue,
} from '../../utils/doraFormat';
import { doraDelta } from '../../utils/doraDelta';
import { DORA_METRIC_TITLES } from '../../utils/doraMetrics';
import { doraRuleText } from '../../utils/doraRules';
import { DoraDelta } from '../DoraDelta';
import { DoraTierBadge } from '../DoraTierBadge';

const useStyles = makeStyles(theme => ({
  tile: {
    padding: theme.spacing(2),
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.75),
  },
  title: { cursor: 'help', display: 'inline-flex', alignItems: 'center' },
  infoIcon: { fontSize: '1rem', marginLeft: theme.spacing(0.5) },
  unit: { marginLeft: theme.spacing(0.5) },
}));

/** Props of {@link DoraMetricTile}. */
export interface DoraMetricTileProps {
  metric: DoraMetricName;
  current: DoraMetricsReport;
  previous: DoraMetricsReport;
  /** Tier table and lead-time start of the response, for badge and rule. */
  rules: Pick<DoraCountingRules, 'tierTable' | 'leadTimeStart'>;
  /** How the previous window is named, e.g. `previous 90 days`. */
  previousLabel: string;
}

/**
 * One DORA metric: value with unit, the counts behind it, its tier, the
 * change against the previous window, and the exact rule on hover.
 */
export function DoraMetricTile(props: DoraMetricTileProps) {
  const { metric, current, previous, rules, previousLabel } = props;
  const classes = useStyles();
  const { value, unit } = formatDoraValue(metric, current);
  const secondary = formatDoraSecondary(metric, current);
  const isQuantile =
    metric === 'leadTimeForChanges' ||
    metric === 'failedDeploymentRecoveryTime';
  return (
    <Paper
      variant="outlined"
      className={classes.tile}
      data-testid={`dora-tile-${metric}`}
    >
      <Tooltip title={doraRuleText(metric, rules)}>
        <Typography
          variant="subtitle2"
          component="h3"
          className={classes.title}
          data-testid="dora-tile-title"
        >
          {DORA_METRIC_TITLES[metric]}
          <InfoOutlinedIcon className={classes.infoIcon} aria-hidden />
        </Typography>
      </Tooltip>
      <Box display="flex" alignItems="baseline">
        {isQuantile && value !== '—' && (
          <Typography variant="caption" color="textSecondary">
            p50&nbsp;
          </Typography>
        )}
        <Typography variant="h4" component="span" data-testid="dora-value">
          {value}
        </Typography>
        {unit && (
          <Typography
            variant="subtitle1"
            component="span"
            className={classes.unit}
            data-testid="dora-unit"
          >
            {unit}
          </Typography>
        )}
      </Box>
      {secondary && (
        <Typography variant="body2" color="textSecondary">
          {secondary}
        </Typography>
      )}
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="dora-counts"
      >
        {formatDoraCounts(metric, current)}
      </Typography>
      <Box minHeight={24}>
        <DoraTierBadge
          tier={current[metric].tier}
          tierTable={rules.tierTable}
        />
      </Box>
      <DoraDelta
        delta={doraDelta(metric, current, previous)}
        previousLabel={previousLabel}
      />
    </Paper>
  );
}
