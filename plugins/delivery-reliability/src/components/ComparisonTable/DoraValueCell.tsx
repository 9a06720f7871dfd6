import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  ComparisonRow,
  DoraMetricName,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraCounts, formatDoraValueText } from '../../utils/doraFormat';
import { DoraTierBadge } from '../DoraTierBadge';
import { TrendArrow } from './TrendArrow';

/** One DORA metric of a row: value, tier, trend, and the counts behind it. */
export function DoraValueCell(props: {
  row: ComparisonRow;
  metric: DoraMetricName;
  tierTable: DoraTierTableRef;
  previousLabel: string;
}) {
  const { row, metric, tierTable, previousLabel } = props;
  return (
    <Box data-testid={`comparison-${metric}`}>
      <Box display="flex" alignItems="center" style={{ gap: 4 }}>
        <Typography variant="body2" component="span" noWrap>
          {formatDoraValueText(metric, row.dora)}
        </Typography>
        <DoraTierBadge
          tier={row.dora[metric].tier}
          tierTable={tierTable}
          compact
        />
        <TrendArrow row={row} metric={metric} previousLabel={previousLabel} />
      </Box>
      <Typography variant="caption" color="textSecondary">
        {formatDoraCounts(metric, row.dora)}
      </Typography>
    </Box>
  );
}
