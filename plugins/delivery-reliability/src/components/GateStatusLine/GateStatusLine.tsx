import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { GateResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloStatusChip } from '../SloStatusChip';

/** Props of {@link GateStatusLine}. */
export interface GateStatusLineProps {
  gate?: GateResponse;
  error?: Error;
  /** Also show the gate's status chip (off where the status is shown already). */
  showStatus?: boolean;
  testId?: string;
}

/**
 * The release gate's answer for a feature release in one line; its reasons
 * and the CI command are on the Reliability tab.
 */
export function GateStatusLine(props: GateStatusLineProps) {
  const { gate, error, showStatus = true, testId = 'overview-gate' } = props;
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
      data-testid={testId}
      data-decision={gate?.decision}
    >
      <Typography
        variant="body2"
        color={gate?.decision === 'deny' ? 'error' : 'textPrimary'}
      >
        {text}
      </Typography>
      {showStatus && gate && <SloStatusChip status={gate.status} />}
    </Box>
  );
}
