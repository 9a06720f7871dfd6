import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ComparisonService,
  ComparisonTeam,
  DoraTierTableRef,
  getDoraTierTable,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatPerDay, formatSeconds } from '../../utils/doraFormat';
import { QuadrantLabels } from './QuadrantLabels';
import { xAxisSpec, yAxisSpec } from './scatterAxes';
import {
  ScatterChoice,
  ScatterControls,
  X_OPTIONS,
  Y_OPTIONS,
} from './ScatterControls';
import { ScatterXMetric, scatterData } from './scatterData';
import { SpeedGuide, speedGuide, stabilityGuide } from './scatterGuides';
import { ScatterLegend } from './ScatterLegend';
import { ScatterPlot } from './ScatterPlot';

/** Props of {@link SpeedStabilityScatter}. */
export interface SpeedStabilityScatterProps {
  /** The teams the filters kept. */
  teams: ComparisonTeam[];
  /** The services the filters kept (shown with the toggle). */
  services: ComparisonService[];
  thresholds: VerdictThresholds;
  tierTable: DoraTierTableRef;
  /** A fixed chart width (tests); the chart fills the card otherwise. */
  width?: number;
}

/** `deployment frequency 1/week (where DORA 2023 "high" begins)`. */
function speedGuideText(
  metric: ScatterXMetric,
  guide: SpeedGuide,
  year: string,
): string {
  let value = formatSeconds(guide.bound).value;
  if (metric === 'deploymentFrequency') {
    const perDay = formatPerDay(guide.bound);
    value = `${perDay.value}${perDay.unit ?? ''}`;
  }
  return `${X_OPTIONS[metric].toLowerCase()} ${value} (where DORA ${year} "${
    guide.tier
  }" begins)`;
}

/**
 * Speed (x: deployment frequency or lead time, log scale, faster to the
 * right) against stability (y: SLOs met or change failure rate, more stable
 * up), with guide lines at the verdict's thresholds and the four quadrants
 * named. Each point is a team (or, toggled, a service) coloured by its
 * verdict; clicking it, or its link under the chart, opens its entity.
 * Rows without a value on an axis are listed as not plotted.
 */
export function SpeedStabilityScatter(props: SpeedStabilityScatterProps) {
  const { teams, services, thresholds, tierTable, width } = props;
  const [choice, setChoice] = useState<ScatterChoice>({
    xMetric: 'deploymentFrequency',
    yMetric: 'sloAttainment',
    showServices: false,
  });
  const entityLink = useEntityRefLink();
  const navigate = useNavigate();

  const { xMetric, yMetric, showServices } = choice;
  const rows = showServices ? services : teams;
  const { points, unplotted } = scatterData(rows, xMetric, yMetric);
  const table = getDoraTierTable(tierTable.year);
  const xGuide = speedGuide(xMetric, table, thresholds.slowTiers);
  const yGuide = stabilityGuide(yMetric, thresholds);
  const xValues = points.map(p => p.x);
  const x = xAxisSpec(xMetric, xValues, xGuide?.bound ?? null);
  const y = yAxisSpec(
    yMetric,
    points.map(p => p.y),
    yGuide,
  );
  const noun = showServices ? 'Services' : 'Teams';
  const guides = [
    xGuide && speedGuideText(xMetric, xGuide, tierTable.year),
    yMetric === 'sloAttainment'
      ? 'all SLOs met'
      : `change failure rate ${yGuide} %`,
  ].filter(Boolean);

  return (
    <InfoCard
      title="Speed vs stability"
      subheader="Where each team stands; a team's own trend matters more than its place next to others."
    >
      <ScatterControls choice={choice} onChange={setChoice} />
      <Box
        position="relative"
        role="figure"
        aria-label={`${noun}: ${X_OPTIONS[xMetric]} against ${Y_OPTIONS[yMetric]}`}
        data-testid="speed-stability-scatter"
      >
        <ScatterPlot
          points={points}
          x={x}
          y={y}
          xGuide={xGuide?.bound ?? null}
          yGuide={yGuide}
          onOpen={point => navigate(entityLink(point.entityRef))}
          width={width}
          height={380}
        />
        <QuadrantLabels />
      </Box>
      <Typography variant="caption" color="textSecondary" component="p">
        Dashed lines: {guides.join('; ')}. Colours are the verdicts, which weigh
        both deployment frequency and lead time against both SLOs and change
        failure rate.
      </Typography>
      <ScatterLegend points={points} unplotted={unplotted} noun={noun} />
    </InfoCard>
  );
}
