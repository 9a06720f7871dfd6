import TableCell from '@material-ui/core/TableCell';
import {
  ComparisonRow,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DORA_METRIC_NAMES } from '../../utils/doraMetrics';
import { DoraValueCell } from './DoraValueCell';
import { BudgetCountsCell, GateCell, SloAttainmentCell } from './SloCells';
import { VerdictChip } from './VerdictChip';

/** Every cell of a team or service row after its name. */
export function RowCells(props: {
  row: ComparisonRow;
  tierTable: DoraTierTableRef;
  previousLabel: string;
}) {
  const { row, tierTable, previousLabel } = props;
  return (
    <>
      {/* Wide enough for the verdict's reasons to wrap into a few lines. */}
      <TableCell style={{ minWidth: 200, maxWidth: 280 }}>
        <VerdictChip verdict={row.verdict} />
      </TableCell>
      {DORA_METRIC_NAMES.map(metric => (
        <TableCell key={metric} style={{ minWidth: 120 }}>
          <DoraValueCell
            row={row}
            metric={metric}
            tierTable={tierTable}
            previousLabel={previousLabel}
          />
        </TableCell>
      ))}
      <TableCell>
        <SloAttainmentCell row={row} />
      </TableCell>
      <TableCell>
        <BudgetCountsCell row={row} />
      </TableCell>
      <TableCell>
        <GateCell row={row} />
      </TableCell>
    </>
  );
}
