import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  TooltipProps,
  XAxis,
  YAxis,
} from 'recharts';
import {
  DoraMetricName,
  DoraSeriesResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DORA_METRIC_TITLES } from '../../utils/doraMetrics';
import { DoraChartPoint, doraChartData } from '../../utils/doraSeries';

function PointTooltip(props: TooltipProps<number, string>) {
  const point = props.payload?.[0]?.payload as DoraChartPoint | undefined;
  if (!props.active || !point) return null;
  return (
    <Paper elevation={3}>
      <Box px={1} py={0.5}>
        <Typography variant="caption" component="div">
          <strong>{point.label}</strong>
        </Typography>
        <Typography variant="caption" component="div">
          {point.detail}
        </Typography>
      </Box>
    </Paper>
  );
}

/**
 * One metric's trend over the buckets of a series (p50 and p90 for lead
 * time); buckets without a value leave a gap.
 */
export function DoraTrendChart(props: {
  metric: DoraMetricName;
  series: Pick<DoraSeriesResponse, 'bucket' | 'points'>;
}) {
  const { metric, series } = props;
  const theme = useTheme();
  const { unit, points } = doraChartData(metric, series);
  const title = DORA_METRIC_TITLES[metric];
  return (
    <Box
      data-testid="dora-trend-chart"
      data-metric={metric}
      role="img"
      aria-label={`${title} per ${series.bucket}, ${points.length} ${series.bucket}s, in ${unit}`}
    >
      <Typography variant="subtitle2" component="h3">
        {title}
        <Typography variant="caption" color="textSecondary" component="span">
          {' '}
          ({unit}, per {series.bucket})
        </Typography>
      </Typography>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart
          data={points}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" fontSize={11} />
          <YAxis fontSize={11} allowDecimals />
          <Tooltip content={<PointTooltip />} />
          <Line
            type="monotone"
            dataKey="value"
            name={metric === 'leadTimeForChanges' ? 'p50' : title}
            stroke={theme.palette.primary.main}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
          {metric === 'leadTimeForChanges' && (
            <Line
              type="monotone"
              dataKey="p90"
              name="p90"
              stroke={theme.palette.secondary.main}
              strokeDasharray="4 2"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
