import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatBurnRate } from '../../utils/sloBurnRate';

/** Which burn-rate alert fires: page (wake someone), ticket (look soon) or none. */
export function SloAlertStateChip(props: {
  slo: Pick<SloSummary, 'alertState' | 'alerts'>;
}) {
  const { alertState, alerts } = props.slo;
  const firing = alerts
    .filter(a => a.firing)
    .map(
      a =>
        `${a.severity}: ${a.longWindow} at ${formatBurnRate(
          a.longBurnRate,
        )} and ${a.shortWindow} at ${formatBurnRate(
          a.shortBurnRate,
        )} > ${formatBurnRate(a.burnRateThreshold)}`,
    );
  if (alertState === 'none') {
    return (
      <Chip
        size="small"
        variant="outlined"
        label="no alert"
        data-testid="slo-alert-state"
        data-alert="none"
      />
    );
  }
  return (
    <Tooltip title={firing.join('; ') || alertState}>
      <Chip
        size="small"
        color={alertState === 'page' ? 'secondary' : 'default'}
        label={alertState}
        data-testid="slo-alert-state"
        data-alert={alertState}
      />
    </Tooltip>
  );
}
