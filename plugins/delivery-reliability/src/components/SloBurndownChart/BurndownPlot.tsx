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
import {
  BurndownPoint,
  DeploymentMarker,
  IncidentBand,
} from '../../utils/sloBurndown';

const dayLabel = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
  });

const timeLabel = (ms: number) =>
  new Date(ms).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/**
 * The recharts drawing: budget left (%) over time on a time axis, a red line
 * at 0 (below it the budget is overspent), dashed vertical lines at
 * deployments and shaded bands during incidents.
 */
export function BurndownPlot(props: {
  points: BurndownPoint[];
  fromMs: number;
  toMs: number;
  deployments: DeploymentMarker[];
  incidents: IncidentBand[];
}) {
  const { points, fromMs, toMs, deployments, incidents } = props;
  const theme = useTheme();
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
          domain={[(min: number) => Math.min(0, Math.floor(min)), 100]}
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
            label={{ value: band.label, position: 'insideTop', fontSize: 10 }}
          />
        ))}
        {deployments.map(marker => (
          <ReferenceLine
            key={marker.id}
            x={marker.atMs}
            stroke={theme.palette.text.secondary}
            strokeDasharray="2 3"
            ifOverflow="hidden"
          />
        ))}
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
