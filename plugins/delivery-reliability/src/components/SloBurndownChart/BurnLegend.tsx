import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { BurnDeploymentMarker, burnTooltip } from './burnMarkers';

/**
 * Under the chart: the deployments drawn in red and what each burned, in
 * words (the lines' hover titles are not reachable by keyboard); a note when
 * the burn could not be read, so grey lines are not taken for "no burn".
 */
export function BurnLegend(props: {
  markers: readonly BurnDeploymentMarker[];
  unavailable: boolean;
}) {
  const { markers, unavailable } = props;
  const burned = markers.filter(m => m.burn);
  if (unavailable) {
    return (
      <Typography
        variant="caption"
        color="textSecondary"
        component="p"
        data-testid="slo-burndown-burn-unavailable"
      >
        Budget burned per deployment is unavailable right now.
      </Typography>
    );
  }
  if (burned.length === 0) return null;
  return (
    <Box data-testid="slo-burndown-burns">
      <Typography variant="caption" color="error" component="p">
        Red lines: {burned.length} deployment{burned.length === 1 ? '' : 's'}{' '}
        that burned this SLO's budget
      </Typography>
      {burned.map(marker => (
        <Typography
          key={marker.id}
          variant="caption"
          component="p"
          data-testid="slo-burndown-burn"
        >
          {marker.label}: {burnTooltip(marker.burn!)}
        </Typography>
      ))}
    </Box>
  );
}
