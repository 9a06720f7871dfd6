import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { DoraMetricsReport } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraValueText } from '../../utils/doraFormat';
import { DORA_METRIC_NAMES, DORA_METRIC_TITLES } from '../../utils/doraMetrics';

const capitalize = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

/** The five DORA values with their tiers, one short row each. */
export function CompactDora(props: { report: DoraMetricsReport }) {
  const { report } = props;
  return (
    <Table size="small" aria-label="DORA metrics">
      <TableBody>
        {DORA_METRIC_NAMES.map(metric => (
          <TableRow key={metric} data-testid={`overview-card-${metric}`}>
            <TableCell component="th" scope="row">
              {DORA_METRIC_TITLES[metric]}
            </TableCell>
            <TableCell align="right" data-testid="overview-card-value">
              {formatDoraValueText(metric, report)}
            </TableCell>
            <TableCell align="right" data-testid="overview-card-tier">
              {report[metric].tier ? capitalize(report[metric].tier!) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
