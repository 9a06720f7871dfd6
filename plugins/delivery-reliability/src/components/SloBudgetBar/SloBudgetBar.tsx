import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DEFAULT_AT_RISK_BELOW_RATIO } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatBudgetRemaining } from '../../utils/sloFormat';

/** How a budget figure is drawn. */
export type BudgetBarState = 'ok' | 'low' | 'overspent' | 'no-data';

/** `no-data` without a figure, `overspent` at ≤ 0, `low` below the at-risk line, else `ok`. */
export function budgetBarState(ratio: number | null): BudgetBarState {
  if (ratio === null) return 'no-data';
  if (ratio <= 0) return 'overspent';
  return ratio < DEFAULT_AT_RISK_BELOW_RATIO ? 'low' : 'ok';
}

const useStyles = makeStyles(theme => ({
  track: {
    height: 8,
    borderRadius: 4,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.hover,
  },
  // Dashed and empty: no data must not look like a full (or empty) budget.
  noData: {
    backgroundColor: 'transparent',
    border: `1px dashed ${theme.palette.text.disabled}`,
  },
  // Overspent fills the whole track in red stripes: the budget is gone and then some.
  overspent: {
    height: '100%',
    backgroundImage: `repeating-linear-gradient(45deg, ${theme.palette.error.main} 0 6px, ${theme.palette.error.dark} 6px 12px)`,
  },
  ok: { height: '100%', backgroundColor: theme.palette.success.main },
  low: { height: '100%', backgroundColor: theme.palette.warning.main },
}));

/**
 * The share of the error budget left as a bar with its figure: striped red
 * and "overspent by …" when negative, dashed and "no data" when unknown.
 */
export function SloBudgetBar(props: { ratio: number | null }) {
  const { ratio } = props;
  const classes = useStyles();
  const state = budgetBarState(ratio);
  const text = formatBudgetRemaining(ratio);
  const widthPercent =
    ratio === null ? 0 : Math.min(100, Math.max(0, ratio * 100));
  return (
    <Box
      data-testid="slo-budget-bar"
      data-state={state}
      role="img"
      aria-label={`Error budget: ${text}`}
      minWidth={120}
    >
      <div
        className={`${classes.track} ${
          state === 'no-data' ? classes.noData : ''
        }`}
      >
        {state === 'overspent' && <div className={classes.overspent} />}
        {(state === 'ok' || state === 'low') && (
          <div
            className={classes[state]}
            style={{ width: `${widthPercent}%` }}
          />
        )}
      </div>
      <Typography
        variant="caption"
        color={state === 'overspent' ? 'error' : 'textSecondary'}
        data-testid="slo-budget-text"
      >
        {text}
      </Typography>
    </Box>
  );
}
