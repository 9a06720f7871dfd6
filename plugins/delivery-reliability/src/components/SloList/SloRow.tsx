import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  formatSloPercent,
  formatSloWindow,
  formatTimeToExhaustion,
} from '../../utils/sloFormat';
import { BurnRateChips } from '../BurnRateChips';
import { SloAlertStateChip } from '../SloAlertStateChip';
import { SloBudgetBar } from '../SloBudgetBar';
import { SloFreshness } from '../SloFreshness';
import { SloStatusChip } from '../SloStatusChip';

const LOW_TRAFFIC_HINT =
  'Too few events in an alert window to trust its burn rate: one bad event alone would cross the threshold, so alerts on that window do not fire.';

/** `good / total` with the unit (requests are `events`, Timeslices are `slices`). */
function counts(slo: SloSummary) {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${n(slo.good)} good of ${n(slo.total)} ${slo.unit}`;
}

/** One objective of one SLO; clicking it shows its burndown. */
export function SloRow(props: {
  slo: SloSummary;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { slo, selected, onSelect } = props;
  const exhaustion = formatTimeToExhaustion(slo);
  return (
    <TableRow
      hover
      selected={selected}
      aria-selected={selected}
      onClick={() => onSelect(slo.id)}
      style={{ cursor: 'pointer' }}
      data-testid={`slo-row-${slo.id}`}
    >
      <TableCell>
        <Typography variant="body2" component="div">
          <strong data-testid="slo-name">{slo.displayName ?? slo.name}</strong>
        </Typography>
        <Typography variant="caption" color="textSecondary" component="div">
          {slo.objective.displayName} · {slo.budgetingMethod}
        </Typography>
        <Box mt={0.5} display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          <SloStatusChip status={slo.status} />
          {slo.lowTraffic && (
            <Tooltip title={LOW_TRAFFIC_HINT}>
              <Chip
                size="small"
                variant="outlined"
                label="low traffic"
                data-testid="slo-low-traffic"
              />
            </Tooltip>
          )}
        </Box>
      </TableCell>
      <TableCell>
        <Tooltip title={counts(slo)}>
          <Typography variant="body2" data-testid="slo-sli">
            {formatSloPercent(slo.sli)}
          </Typography>
        </Tooltip>
        <Typography
          variant="caption"
          color="textSecondary"
          data-testid="slo-objective"
        >
          objective {formatSloPercent(slo.objective.target)}
        </Typography>
      </TableCell>
      <TableCell data-testid="slo-window">
        {formatSloWindow(slo.window)}
      </TableCell>
      <TableCell>
        <SloBudgetBar ratio={slo.budgetRemainingRatio} />
      </TableCell>
      <TableCell>
        <Tooltip
          title={exhaustion.reason ?? 'At the burn rate of the last hour'}
        >
          <Typography variant="body2" data-testid="slo-exhaustion">
            {exhaustion.text}
          </Typography>
        </Tooltip>
      </TableCell>
      <TableCell>
        <BurnRateChips slo={slo} />
      </TableCell>
      <TableCell>
        <SloAlertStateChip slo={slo} />
      </TableCell>
      <TableCell>
        <SloFreshness freshness={slo.dataFreshness} />
      </TableCell>
    </TableRow>
  );
}
