import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useDoraSeries } from '../../hooks/useDora';
import { DORA_METRIC_NAMES } from '../../utils/doraMetrics';
import { DoraQueryWindow } from '../../utils/doraWindow';
import { DoraTrendChart } from '../DoraTrendChart';

/** The five metrics' trends over a window: weekly up to 90 days, monthly beyond. */
export function DoraTrendCharts(props: {
  entityRef: string;
  window: DoraQueryWindow;
}) {
  const { entityRef, window } = props;
  const { value, error } = useDoraSeries(entityRef, window);

  let content;
  if (error) {
    content = (
      <ResponseErrorPanel title="Could not load DORA trends" error={error} />
    );
  } else if (!value) {
    content = <Progress />;
  } else if (value.points.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        No {value.bucket}s to show in this range.
      </Typography>
    );
  } else {
    content = (
      <Grid container spacing={2}>
        {DORA_METRIC_NAMES.map(metric => (
          <Grid item xs={12} md={6} lg={4} key={metric}>
            <DoraTrendChart metric={metric} series={value} />
          </Grid>
        ))}
      </Grid>
    );
  }
  return <InfoCard title="Trends">{content}</InfoCard>;
}
