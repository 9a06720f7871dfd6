import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { GateResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloStatusChip } from '../SloStatusChip';

/**
 * The release gate's answer for a feature release in one line, with its
 * status; its reasons and the CI command are on the Reliability tab.
 */
export function GateStatus(props: { gate?: GateResponse; error?: Error }) {
  const { gate, error } = props;
  let text = 'Release gate: …';
  if (error) text = 'Release gate: unavailable';
  else if (gate) {
    text = `Release gate: feature releases ${
      gate.decision === 'allow' ? 'allowed' : 'denied'
    }`;
  }
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
      data-testid="overview-gate"
      data-decision={gate?.decision}
    >
      <Typography
        variant="body2"
        color={gate?.decision === 'deny' ? 'error' : 'textPrimary'}
      >
        {text}
      </Typography>
      {gate && <SloStatusChip status={gate.status} />}
    </Box>
  );
}
