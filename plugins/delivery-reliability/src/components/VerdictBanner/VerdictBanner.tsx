import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { VerdictResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraWindow } from '../../utils/doraWindow';
import { VerdictLabel } from './VerdictLabel';
import { verdictColor } from '../../utils/verdictStyle';
import { VerdictReasons } from './VerdictReasons';
import { verdictRuleText } from './verdictRuleText';

/** The rule and thresholds that decided, so the verdict can be checked by hand. */
function RuleFootnote(props: { response: VerdictResponse }) {
  const { response } = props;
  const window = formatDoraWindow({
    from: new Date(response.window.from),
    to: new Date(response.window.to),
  });
  return (
    <Box mt={2} data-testid="verdict-rule">
      <Typography variant="caption" color="textSecondary" component="p">
        How this is decided (DORA over {window} UTC; SLOs over their own
        windows):
      </Typography>
      {verdictRuleText(response.thresholds).map(line => (
        <Typography
          key={line}
          variant="caption"
          color="textSecondary"
          component="p"
        >
          {line}
        </Typography>
      ))}
    </Box>
  );
}

/**
 * The ship-or-stabilise verdict: the kind as a prominent coloured label, the
 * headline, the reasons split into Delivery and Stability with their tone,
 * and a footnote with the rule and the thresholds in force. A region named
 * "verdict" whose `data-kind` is the kind, for tests and browser checks.
 */
export function VerdictBanner(props: {
  response?: VerdictResponse;
  error?: Error;
}) {
  const { response, error } = props;
  const theme = useTheme();
  if (error) {
    return (
      <ResponseErrorPanel title="Could not load the verdict" error={error} />
    );
  }
  if (!response) return <Progress />;
  const { verdict } = response;
  const side = (name: 'delivery' | 'stability') =>
    verdict.reasons.filter(r => r.side === name);
  return (
    <Paper
      role="region"
      aria-label="verdict"
      data-testid="verdict-banner"
      data-kind={verdict.kind}
      style={{
        padding: theme.spacing(2),
        borderLeft: `6px solid ${verdictColor(theme, verdict.kind)}`,
      }}
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 12 }}
      >
        <VerdictLabel kind={verdict.kind} />
        <Typography variant="h6" component="p" data-testid="verdict-headline">
          {verdict.headline}
        </Typography>
      </Box>
      <Grid container spacing={2} style={{ marginTop: theme.spacing(1) }}>
        <Grid item xs={12} sm={6}>
          <VerdictReasons
            title="Delivery"
            assessment={verdict.delivery}
            reasons={side('delivery')}
            testId="verdict-delivery"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <VerdictReasons
            title="Stability"
            assessment={verdict.stability}
            reasons={side('stability')}
            testId="verdict-stability"
          />
        </Grid>
      </Grid>
      <RuleFootnote response={response} />
    </Paper>
  );
}
