import Tooltip from '@material-ui/core/Tooltip';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import TrendingFlatIcon from '@material-ui/icons/TrendingFlat';
import { makeStyles } from '@material-ui/core/styles';
import {
  ComparisonRow,
  DoraMetricName,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { doraDelta } from '../../utils/doraDelta';

const useStyles = makeStyles(theme => ({
  arrow: { display: 'inline-flex', verticalAlign: 'middle' },
  icon: { fontSize: '1rem' },
  better: { color: theme.palette.success.main },
  worse: { color: theme.palette.error.main },
  flat: { color: theme.palette.text.secondary },
}));

const ICONS = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  flat: TrendingFlatIcon,
};

/**
 * A table-sized trend: the arrow of the change against the previous window
 * (green when better, red when worse — lower is better for all but
 * deployment frequency), the figures on hover and in the accessible name.
 * Nothing when either window has no value.
 */
export function TrendArrow(props: {
  row: Pick<ComparisonRow, 'dora' | 'previous'>;
  metric: DoraMetricName;
  /** e.g. `previous 90 days`. */
  previousLabel: string;
}) {
  const { row, metric, previousLabel } = props;
  const classes = useStyles();
  const delta = doraDelta(metric, row.dora, row.previous);
  if (!delta) return null;
  let verdict: 'better' | 'worse' | 'flat' = 'flat';
  if (delta.better !== null) verdict = delta.better ? 'better' : 'worse';
  const Icon = ICONS[delta.direction];
  const label = `${delta.text} vs ${previousLabel} (${delta.previousText})${
    verdict === 'flat' ? '' : `, ${verdict}`
  }`;
  return (
    <Tooltip title={label}>
      <span
        role="img"
        aria-label={label}
        className={`${classes.arrow} ${classes[verdict]}`}
        data-testid="comparison-trend"
        data-direction={delta.direction}
        data-verdict={verdict}
      >
        <Icon className={classes.icon} aria-hidden />
      </span>
    </Tooltip>
  );
}
