import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { InfoCard } from '@backstage/core-components';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloRow } from './SloRow';

const HEADINGS = [
  'SLO',
  'SLI',
  'Window',
  'Error budget',
  'Time to exhaustion',
  'Burn rate',
  'Alert',
  'Data',
];

/**
 * Every objective of the entity's SLOs, one row each: SLI against the
 * objective, window, budget left, time to exhaustion, burn rates, alert state
 * and data freshness. The selected row's burndown is shown below the list.
 */
export function SloList(props: {
  slos: SloSummary[];
  selectedId?: string;
  onSelect: (id: string) => void;
}) {
  const { slos, selectedId, onSelect } = props;
  return (
    <InfoCard
      title="Service level objectives"
      subheader="Select an SLO to see its error budget over the window"
      noPadding
    >
      <Table size="small" aria-label="Service level objectives">
        <TableHead>
          <TableRow>
            {HEADINGS.map(h => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {slos.map(slo => (
            <SloRow
              key={slo.id}
              slo={slo}
              selected={slo.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
