import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Verdict,
  VerdictKind,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  VERDICT_LABELS,
  verdictColor,
  verdictDetail,
} from '../../utils/verdictStyle';

const useStyles = makeStyles(theme => ({
  chip: (props: { kind: VerdictKind }) => ({
    backgroundColor: verdictColor(theme, props.kind),
    color: theme.palette.getContrastText(verdictColor(theme, props.kind)),
    fontWeight: theme.typography.fontWeightBold as number,
  }),
}));

const TONE_MARKS = { good: '✓', bad: '✗', info: '·' };

/** Every reason behind a verdict, marked good (✓), bad (✗) or context (·). */
function Reasons(props: { verdict: Verdict }) {
  return (
    <Box>
      {props.verdict.reasons.map(reason => (
        <div key={`${reason.side}-${reason.subject}-${reason.text}`}>
          {TONE_MARKS[reason.tone]} {reason.side}: {reason.text}
        </div>
      ))}
    </Box>
  );
}

/**
 * A verdict as a coloured label with what drove it underneath; hovering
 * the label lists every reason.
 */
export function VerdictChip(props: { verdict: Verdict }) {
  const { verdict } = props;
  const classes = useStyles({ kind: verdict.kind });
  const detail = verdictDetail(verdict);
  return (
    <Box data-testid="comparison-verdict" data-verdict={verdict.kind}>
      <Tooltip title={<Reasons verdict={verdict} />}>
        <Chip
          size="small"
          className={classes.chip}
          label={VERDICT_LABELS[verdict.kind]}
        />
      </Tooltip>
      {detail && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="div"
          data-testid="comparison-verdict-detail"
        >
          {detail}
        </Typography>
      )}
    </Box>
  );
}
