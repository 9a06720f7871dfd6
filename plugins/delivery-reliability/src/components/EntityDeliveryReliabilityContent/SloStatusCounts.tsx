import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  SloBudgetStatus,
  SloStatusCounts as Counts,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloStatusChip } from '../SloStatusChip';

// Worst first, like the gate: what needs attention reads first.
const ORDER: readonly SloBudgetStatus[] = [
  'frozen',
  'at-risk',
  'no-data',
  'ok',
];

/**
 * How many SLO objectives are in each status, as `2 × Frozen  1 × OK`;
 * statuses without objectives are left out, and "no SLOs" said when none.
 */
export function SloStatusCounts(props: { counts: Counts }) {
  const { counts } = props;
  const present = ORDER.filter(status => counts[status] > 0);
  if (present.length === 0) {
    return (
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="slo-status-counts"
      >
        no SLOs
      </Typography>
    );
  }
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
      data-testid="slo-status-counts"
    >
      {present.map(status => (
        <Box
          key={status}
          display="flex"
          alignItems="center"
          style={{ gap: 4 }}
          data-testid={`slo-status-count-${status}`}
        >
          <Typography variant="body2" component="span">
            {counts[status]} ×
          </Typography>
          <SloStatusChip status={status} />
        </Box>
      ))}
    </Box>
  );
}
