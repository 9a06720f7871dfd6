import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  BURN_CHIP_WINDOWS,
  BurnRateLevel,
  burnRateLevel,
  burnRateThresholdFor,
  formatBurnRate,
} from '../../utils/sloBurnRate';

function levelColor(theme: Theme, level: BurnRateLevel) {
  switch (level) {
    case 'ok':
      return theme.palette.success.main;
    case 'elevated':
      return theme.palette.warning.main;
    case 'alerting':
      return theme.palette.error.main;
    default:
      return theme.palette.text.disabled;
  }
}

const useStyles = makeStyles(theme => ({
  chip: (props: { level: BurnRateLevel }) => ({
    borderColor: levelColor(theme, props.level),
    color: levelColor(theme, props.level),
    fontWeight: props.level === 'alerting' ? 700 : 400,
  }),
}));

function explain(
  slo: Pick<SloSummary, 'window' | 'objective'>,
  window: string,
  rate: number | null,
  threshold: number | undefined,
) {
  const budgetPercent = Number(((1 - slo.objective.target) * 100).toFixed(3));
  const lines = [
    rate === null
      ? `No events in the last ${window}.`
      : `Burn rate over the last ${window}: ${formatBurnRate(rate)}.`,
    `Burn rate = error rate / error budget (${budgetPercent} %). At 1× the budget lasts exactly the ${slo.window.duration} window; above 1× it runs out early.`,
  ];
  if (threshold !== undefined) {
    lines.push(`The ${window} alert fires above ${formatBurnRate(threshold)}.`);
  }
  return lines.join(' ');
}

function BurnRateChip(props: {
  slo: Pick<SloSummary, 'window' | 'objective' | 'alerts' | 'burnRates'>;
  window: (typeof BURN_CHIP_WINDOWS)[number];
}) {
  const { slo, window } = props;
  const rate = slo.burnRates[window];
  const threshold = burnRateThresholdFor(slo, window);
  const level = burnRateLevel(rate, threshold);
  const classes = useStyles({ level });
  return (
    <Tooltip title={explain(slo, window, rate, threshold)}>
      <Chip
        size="small"
        variant="outlined"
        className={classes.chip}
        label={`${window} ${rate === null ? '—' : formatBurnRate(rate)}`}
        data-testid={`slo-burn-chip-${window}`}
        data-level={level}
      />
    </Tooltip>
  );
}

/**
 * Burn rates over 1 h, 6 h and 3 d (the long windows of the standard
 * alerts), coloured green at ≤ 1×, amber above 1×, red above the window's
 * alert threshold; the tooltip explains the number.
 */
export function BurnRateChips(props: {
  slo: Pick<SloSummary, 'window' | 'objective' | 'alerts' | 'burnRates'>;
}) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {BURN_CHIP_WINDOWS.map(window => (
        <BurnRateChip key={window} slo={props.slo} window={window} />
      ))}
    </Box>
  );
}
