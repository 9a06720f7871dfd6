import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  DeploymentView,
  IncidentView,
  SloSummary,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { sloHistoryRange, useSloHistory } from '../../hooks/useSloHistory';
import {
  burndownPoints,
  deploymentMarkers,
  incidentBands,
} from '../../utils/sloBurndown';
import { formatSloWindow } from '../../utils/sloFormat';
import { BurndownPlot } from './BurndownPlot';

/**
 * The selected SLO's error budget over its current window, with the
 * entity's production deployments and incidents in that window, so a drop
 * can be read against what happened.
 */
export function SloBurndownChart(props: {
  entityRef: string;
  slo: SloSummary;
  deployments?: DeploymentView[];
  incidents?: IncidentView[];
  /** Fixed by the caller so the window does not move on re-render. */
  nowMs: number;
}) {
  const { entityRef, slo, deployments = [], incidents = [], nowMs } = props;
  const { value, loading, error } = useSloHistory(entityRef, slo, nowMs);
  const { fromMs, toMs } = sloHistoryRange(slo, nowMs);
  const chart = useMemo(
    () => ({
      points: burndownPoints(value?.points ?? []),
      markers: deploymentMarkers(deployments, fromMs, toMs),
      bands: incidentBands(incidents, fromMs, toMs, nowMs),
    }),
    [value, deployments, incidents, fromMs, toMs, nowMs],
  );
  const name = slo.displayName ?? slo.name;

  let content;
  if (error) {
    content = (
      <ResponseErrorPanel
        title="Could not load the SLO history"
        error={error}
      />
    );
  } else if (loading && !value) {
    content = <Progress />;
  } else if (chart.points.every(p => p.remainingPercent === null)) {
    content = (
      <Typography variant="body2" color="textSecondary">
        No data in this window yet: the budget is unknown, not full.
      </Typography>
    );
  } else {
    content = (
      <Box
        data-testid="slo-burndown-chart"
        data-slo-id={slo.id}
        role="img"
        aria-label={`Error budget left of ${name} over ${formatSloWindow(
          slo.window,
        )}: ${chart.points.length} points, ${
          chart.markers.length
        } deployments, ${chart.bands.length} incidents`}
      >
        <BurndownPlot
          points={chart.points}
          fromMs={fromMs}
          toMs={toMs}
          deployments={chart.markers}
          incidents={chart.bands}
        />
        <Typography
          variant="caption"
          color="textSecondary"
          data-testid="slo-burndown-legend"
        >
          Dashed lines: {chart.markers.length} production deployments · shaded:{' '}
          {chart.bands.length} incidents · below 0 the budget is overspent
        </Typography>
      </Box>
    );
  }
  return (
    <InfoCard
      title={`Error budget burndown: ${name}`}
      subheader={`${slo.objective.displayName} · ${formatSloWindow(
        slo.window,
      )}`}
    >
      {content}
    </InfoCard>
  );
}
