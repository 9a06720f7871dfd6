import { ReactElement } from 'react';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  TooltipProps,
  XAxis,
  YAxis,
} from 'recharts';
import { VERDICT_LABELS, verdictColor } from '../../utils/verdictStyle';
import { XAxisSpec, YAxisSpec } from './scatterAxes';
import { ScatterPoint } from './scatterData';

function PointTooltip(props: TooltipProps<number, string>) {
  const point = props.payload?.[0]?.payload as ScatterPoint | undefined;
  if (!props.active || !point) return null;
  return (
    <Paper elevation={3}>
      <Box px={1} py={0.5} maxWidth={320}>
        <Typography variant="caption" component="div">
          <strong>{point.name}</strong> — {VERDICT_LABELS[point.verdict]}
        </Typography>
        <Typography variant="caption" component="div">
          {point.xText} · {point.yText}
        </Typography>
        <Typography variant="caption" color="textSecondary" component="div">
          {point.headline} (click to open)
        </Typography>
      </Box>
    </Paper>
  );
}

/** Props of {@link ScatterPlot}. */
export interface ScatterPlotProps {
  points: ScatterPoint[];
  x: XAxisSpec;
  y: YAxisSpec;
  xGuide: number | null;
  yGuide: number;
  onOpen: (point: ScatterPoint) => void;
  /** A fixed width (tests, print); the chart fills its container otherwise. */
  width?: number;
  height: number;
}

/**
 * The recharts scatter: log speed axis, percent stability axis, dashed
 * guide lines where the verdict's thresholds lie, one labelled point per
 * row coloured by verdict; clicking a point opens its entity.
 */
export function ScatterPlot(props: ScatterPlotProps) {
  const { points, x, y, xGuide, yGuide, onOpen, width, height } = props;
  const theme = useTheme();
  const guideColor = theme.palette.text.secondary;
  const chart = (
    <ScatterChart
      width={width}
      height={height}
      margin={{ top: 24, right: 24, bottom: 32, left: 16 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        scale="log"
        domain={x.domain}
        ticks={x.ticks}
        tickFormatter={x.format}
        reversed={x.reversed}
        allowDataOverflow
        fontSize={11}
        label={{
          value: x.label,
          position: 'insideBottom',
          offset: -20,
          fontSize: 12,
        }}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={y.domain}
        reversed={y.reversed}
        padding={{ top: 16, bottom: 0 }}
        tickFormatter={value => `${value} %`}
        fontSize={11}
        label={{
          value: y.label,
          angle: -90,
          position: 'insideBottomLeft',
          fontSize: 12,
        }}
      />
      {xGuide !== null && (
        <ReferenceLine x={xGuide} stroke={guideColor} strokeDasharray="6 3" />
      )}
      <ReferenceLine y={yGuide} stroke={guideColor} strokeDasharray="6 3" />
      <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: '3 3' }} />
      <Scatter
        data={points}
        isAnimationActive={false}
        cursor="pointer"
        onClick={(item: { payload?: ScatterPoint }) => {
          if (item?.payload) onOpen(item.payload);
        }}
      >
        {points.map(point => (
          <Cell
            key={point.entityRef}
            fill={verdictColor(theme, point.verdict)}
          />
        ))}
        <LabelList dataKey="name" position="top" fontSize={11} />
      </Scatter>
    </ScatterChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart as ReactElement}
    </ResponsiveContainer>
  );
}
