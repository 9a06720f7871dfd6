import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  DeploymentView,
  IncidentView,
  SloSummary,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { useDeploymentBurn } from '../../hooks/useDeploymentBurn';
import { sloHistoryRange, useSloHistory } from '../../hooks/useSloHistory';
import {
  burndownPoints,
  deploymentMarkers,
  incidentBands,
} from '../../utils/sloBurndown';
import { formatSloWindow } from '../../utils/sloFormat';
import { BurndownPlot } from './BurndownPlot';
import { BurnLegend } from './BurnLegend';
import { markBurns } from './burnMarkers';

/**
 * The selected SLO's error budget over its current window, with the
 * entity's production deployments and incidents in that window, so a drop
 * can be read against what happened. Deployments that burned this SLO's
 * budget in the hour after them are drawn in red (Components only: the
 * burn is measured per Component).
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
  const isComponent =
    parseEntityRef(entityRef).kind.toLowerCase() === 'component';
  const burn = useDeploymentBurn(entityRef, fromMs, toMs, {
    skip: !isComponent,
  });
  const chart = useMemo(
    () => ({
      points: burndownPoints(value?.points ?? []),
      markers: markBurns(
        deploymentMarkers(deployments, fromMs, toMs),
        burn.value,
        slo.id,
        fromMs,
        toMs,
      ),
      bands: incidentBands(incidents, fromMs, toMs, nowMs),
    }),
    [value, deployments, incidents, fromMs, toMs, nowMs, burn.value, slo.id],
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
        <BurnLegend
          markers={chart.markers}
          unavailable={isComponent && !!burn.error}
        />
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
