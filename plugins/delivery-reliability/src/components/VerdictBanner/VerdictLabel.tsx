import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { VerdictKind } from '@delivery-reliability/plugin-delivery-reliability-common';
import { VERDICT_LABELS, verdictColor } from '../../utils/verdictStyle';

const useStyles = makeStyles(theme => ({
  label: (props: { kind: VerdictKind; size: 'large' | 'small' }) => {
    const color = verdictColor(theme, props.kind);
    return {
      display: 'inline-block',
      whiteSpace: 'nowrap',
      borderRadius: theme.shape.borderRadius,
      backgroundColor: color,
      color: theme.palette.getContrastText(color),
      fontWeight: theme.typography.fontWeightBold as number,
      padding:
        props.size === 'large'
          ? theme.spacing(0.75, 2)
          : theme.spacing(0.25, 1),
    };
  },
}));

/** The verdict kind as a coloured label: `Ship more often` on blue, etc. */
export function VerdictLabel(props: {
  kind: VerdictKind;
  size?: 'large' | 'small';
}) {
  const { kind, size = 'large' } = props;
  const classes = useStyles({ kind, size });
  return (
    <Typography
      component="span"
      variant={size === 'large' ? 'h6' : 'body2'}
      className={classes.label}
      data-testid="verdict-kind"
      data-kind={kind}
    >
      {VERDICT_LABELS[kind]}
    </Typography>
  );
}
