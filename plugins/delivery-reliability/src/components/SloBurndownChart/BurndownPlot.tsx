import { SVGProps } from 'react';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BurndownPoint, IncidentBand } from '../../utils/sloBurndown';
import { BurnDeploymentMarker, burnTooltip } from './burnMarkers';

const dayLabel = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
  });

/**
 * Y ticks on round percentages: 25 % steps down to −100 %, coarser below,
 * so an overspent budget (−243 %) still reads cleanly.
 */
export function budgetTicks(points: BurndownPoint[]): number[] {
  const values = points
    .map(p => p.remainingPercent)
    .filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const step = min >= -100 ? 25 : Math.ceil(-min / 4 / 50) * 50;
  const ticks = [];
  for (let t = 100; t > min - step; t -= step) ticks.push(t);
  return ticks;
}

const timeLabel = (ms: number) =>
  new Date(ms).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/**
 * The recharts drawing: budget left (%) over time on a time axis, a red line
 * at 0 (below it the budget is overspent), dashed vertical lines at
 * deployments (solid red, with a hover title, where one burned budget) and
 * shaded bands during incidents.
 */
export function BurndownPlot(props: {
  points: BurndownPoint[];
  fromMs: number;
  toMs: number;
  deployments: BurnDeploymentMarker[];
  incidents: IncidentBand[];
}) {
  const { points, fromMs, toMs, deployments, incidents } = props;
  const theme = useTheme();
  const ticks = budgetTicks(points);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart
        data={points}
        margin={{ top: 16, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="atMs"
          type="number"
          scale="time"
          domain={[fromMs, toMs]}
          tickFormatter={dayLabel}
          fontSize={11}
        />
        <YAxis
          unit=" %"
          fontSize={11}
          ticks={ticks}
          domain={[ticks[ticks.length - 1], 100]}
        />
        <Tooltip
          labelFormatter={label => timeLabel(Number(label))}
          formatter={(value: number) => [`${value} %`, 'budget left']}
        />
        {incidents.map(band => (
          <ReferenceArea
            key={band.id}
            x1={band.fromMs}
            x2={band.toMs}
            fill={theme.palette.error.light}
            fillOpacity={0.2}
            ifOverflow="hidden"
          />
        ))}
        {deployments.map(marker =>
          marker.burn ? (
            <ReferenceLine
              key={marker.id}
              x={marker.atMs}
              stroke={theme.palette.error.main}
              strokeWidth={2}
              ifOverflow="hidden"
              shape={(line: SVGProps<SVGLineElement>) => (
                <g data-testid="slo-burndown-burn-marker">
                  <title>{`${marker.label}: ${burnTooltip(
                    marker.burn!,
                  )}`}</title>
                  <line {...line} />
                  {/* A wider invisible line, so the title shows on hover. */}
                  <line {...line} stroke="transparent" strokeWidth={10} />
                </g>
              )}
            />
          ) : (
            <ReferenceLine
              key={marker.id}
              x={marker.atMs}
              stroke={theme.palette.text.secondary}
              strokeDasharray="2 3"
              ifOverflow="hidden"
            />
          ),
        )}
        <ReferenceLine
          y={0}
          stroke={theme.palette.error.main}
          label={{
            value: 'budget spent',
            position: 'insideBottomLeft',
            fontSize: 10,
          }}
        />
        <Line
          type="monotone"
          dataKey="remainingPercent"
          name="budget left"
          stroke={theme.palette.primary.main}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
