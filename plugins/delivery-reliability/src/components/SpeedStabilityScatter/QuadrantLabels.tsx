import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

// Insets of the plot area inside the chart (margins plus axis sizes).
const useStyles = makeStyles(theme => ({
  label: {
    position: 'absolute',
    pointerEvents: 'none',
    color: theme.palette.text.secondary,
    opacity: 0.85,
    fontStyle: 'italic',
  },
  topLeft: { top: 2, left: 84 },
  topRight: { top: 2, right: 28, textAlign: 'right' },
  bottomLeft: { bottom: 70, left: 84 },
  bottomRight: { bottom: 70, right: 28, textAlign: 'right' },
}));

/** The quadrants as the verdict names them; the axes put fast right and stable up. */
export const QUADRANTS = [
  { position: 'topRight', text: 'fast & stable — keep going' },
  { position: 'topLeft', text: 'slow & stable — ship more often' },
  { position: 'bottomRight', text: 'fast & unstable — stabilise' },
  { position: 'bottomLeft', text: 'slow & unstable — stabilise first' },
] as const;

/** The four quadrant names, laid over the corners of the plot. */
export function QuadrantLabels() {
  const classes = useStyles();
  return (
    <>
      {QUADRANTS.map(({ position, text }) => (
        <Typography
          key={position}
          variant="caption"
          className={`${classes.label} ${classes[position]}`}
          data-testid="scatter-quadrant"
          data-quadrant={position}
        >
          {text}
        </Typography>
      ))}
    </>
  );
}
