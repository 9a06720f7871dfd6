import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import {
  DeliveryAssessment,
  StabilityAssessment,
  VerdictReason,
} from '@delivery-reliability/plugin-delivery-reliability-common';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.75),
    marginTop: theme.spacing(0.5),
  },
  good: { color: theme.palette.success.main, fontSize: '1.1rem' },
  bad: { color: theme.palette.error.main, fontSize: '1.1rem' },
  info: { color: theme.palette.text.secondary, fontSize: '1.1rem' },
}));

// Tone is shown by icon and colour, and named for screen readers.
const TONE_ICONS = {
  good: CheckCircleOutlineIcon,
  bad: ErrorOutlineIcon,
  info: InfoOutlinedIcon,
} as const;

const TONE_WORDS = { good: 'good', bad: 'poor', info: 'note' } as const;

/**
 * One side of the verdict (Delivery or Stability): its assessment and each
 * reason with an icon for its tone (good ✓, poor !, note i).
 */
export function VerdictReasons(props: {
  title: string;
  assessment: DeliveryAssessment | StabilityAssessment;
  reasons: VerdictReason[];
  testId: string;
}) {
  const { title, assessment, reasons, testId } = props;
  const classes = useStyles();
  return (
    <Box data-testid={testId} data-assessment={assessment}>
      <Typography variant="subtitle2" component="h3">
        {title} · {assessment}
      </Typography>
      <ul className={classes.list} aria-label={`${title} reasons`}>
        {reasons.map(reason => {
          const Icon = TONE_ICONS[reason.tone];
          return (
            <li
              key={`${reason.subject}:${reason.text}`}
              className={classes.item}
              data-testid="verdict-reason"
              data-tone={reason.tone}
            >
              <Icon
                className={classes[reason.tone]}
                titleAccess={TONE_WORDS[reason.tone]}
              />
              <Typography variant="body2" data-testid="verdict-reason-text">
                {reason.text}
              </Typography>
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
