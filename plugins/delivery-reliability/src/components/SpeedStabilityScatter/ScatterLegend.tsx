import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { VERDICT_LABELS, verdictColor } from '../../utils/verdictStyle';
import { ScatterPoint, UnplottedRow } from './scatterData';

/**
 * The points as a list of links with their figures — the keyboard's and
 * screen reader's way to each point's entity — then the rows left off.
 */
export function ScatterLegend(props: {
  points: ScatterPoint[];
  unplotted: UnplottedRow[];
  /** `teams` or `services`. */
  noun: string;
}) {
  const { points, unplotted, noun } = props;
  const theme = useTheme();
  return (
    <Box mt={1}>
      <Box
        component="ul"
        aria-label={`${noun} on the chart`}
        data-testid="scatter-points"
        display="flex"
        flexWrap="wrap"
        style={{ gap: '4px 16px', listStyle: 'none', padding: 0, margin: 0 }}
      >
        {points.map(point => (
          <li
            key={point.entityRef}
            data-testid="scatter-point-link"
            data-verdict={point.verdict}
          >
            <Box
              component="span"
              aria-hidden
              display="inline-block"
              width={10}
              height={10}
              mr={0.5}
              borderRadius="50%"
              style={{ backgroundColor: verdictColor(theme, point.verdict) }}
            />
            <EntityRefLink entityRef={point.entityRef}>
              {point.name}
            </EntityRefLink>
            <Typography
              variant="caption"
              color="textSecondary"
              component="span"
            >
              {` ${VERDICT_LABELS[point.verdict]} · ${point.xText} · ${
                point.yText
              }`}
            </Typography>
          </li>
        ))}
      </Box>
      {unplotted.length > 0 && (
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="scatter-unplotted"
          style={{ marginTop: 8 }}
        >
          Not plotted (no data):{' '}
          {unplotted.map(row => `${row.name} (${row.reason})`).join(', ')}
        </Typography>
      )}
    </Box>
  );
}
