import Grid from '@material-ui/core/Grid';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DORA_METRIC_NAMES } from '../../utils/doraMetrics';
import { DoraMetricTile } from '../DoraMetricTile';

/** The five DORA tiles of a response, side by side on wide screens. */
export function DoraTiles(props: { response: DoraResponse }) {
  const { response } = props;
  const previousLabel = `previous ${response.previousWindow.days} days`;
  return (
    <Grid container spacing={2} alignItems="stretch">
      {DORA_METRIC_NAMES.map(metric => (
        <Grid item xs={12} sm={6} md={4} lg key={metric}>
          <DoraMetricTile
            metric={metric}
            current={response.metrics}
            previous={response.previous}
            rules={response}
            previousLabel={previousLabel}
          />
        </Grid>
      ))}
    </Grid>
  );
}
