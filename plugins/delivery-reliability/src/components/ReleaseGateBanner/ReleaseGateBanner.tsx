import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  CodeSnippet,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { GateResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { usePluginBaseUrl } from '../../hooks/useGate';
import { buildGateCurl } from '../../utils/gateCurl';
import { SloStatusChip } from '../SloStatusChip';

function severityOf(gate: GateResponse) {
  if (gate.decision === 'deny') return 'error';
  if (gate.status === 'at-risk') return 'warning';
  if (gate.status === 'ok') return 'success';
  return 'info';
}

function titleOf(gate: GateResponse) {
  if (gate.decision === 'deny') {
    return 'Feature releases are blocked: the error budget is spent';
  }
  if (gate.status === 'at-risk') return 'Feature releases allowed, with care';
  return 'Feature releases allowed';
}

/** The command CI runs, for this entity. */
function GateCurl(props: { entityRef: string }) {
  const pluginBaseUrl = usePluginBaseUrl();
  const curl = buildGateCurl({
    pluginBaseUrl,
    entityRef: props.entityRef,
    changeType: 'feature',
  });
  return (
    <Box mt={1} data-testid="release-gate-curl">
      <Typography variant="body2">
        A CI pipeline asks the same gate before releasing (the command fails on
        deny):
      </Typography>
      <CodeSnippet text={curl} language="bash" showCopyCodeButton />
    </Box>
  );
}

/**
 * The error-budget policy's answer for a feature release of the entity now:
 * allow or deny, the worst SLO status and every reason; notes that hotfix and
 * security changes may pass a freeze, and shows the curl a CI pipeline runs.
 */
export function ReleaseGateBanner(props: {
  entityRef: string;
  gate?: GateResponse;
  error?: Error;
}) {
  const { entityRef, gate, error } = props;
  if (error) {
    return (
      <ResponseErrorPanel
        title="Could not ask the release gate"
        error={error}
      />
    );
  }
  if (!gate) return <Progress />;
  return (
    <Alert
      severity={severityOf(gate)}
      data-testid="release-gate-banner"
      data-decision={gate.decision}
      data-status={gate.status}
    >
      <AlertTitle>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <span data-testid="release-gate-decision">
            {gate.decision === 'allow' ? 'Allow' : 'Deny'}
          </span>
          <span>· {titleOf(gate)}</span>
          <SloStatusChip status={gate.status} />
        </Box>
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {gate.reasons.map(reason => (
          <li key={reason} data-testid="release-gate-reason">
            <Typography variant="body2">{reason}</Typography>
          </li>
        ))}
      </ul>
      <Typography variant="body2" style={{ marginTop: 8 }}>
        Hotfix and security changes may pass a freeze (ask with{' '}
        <code>changeType=hotfix</code> or <code>changeType=security</code>).
      </Typography>
      <GateCurl entityRef={entityRef} />
    </Alert>
  );
}
