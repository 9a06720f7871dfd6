import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';
import { IncidentStateChip } from '../IncidentStateChip';
import { Timestamp } from '../Timestamp';

/** The incidents attributed to one deployment. */
export function DeploymentIncidentsTable(props: { incidents: IncidentView[] }) {
  const { incidents } = props;
  if (incidents.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No incidents are attributed to this deployment.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Attributed incidents">
      <TableHead>
        <TableRow>
          <TableCell>Severity</TableCell>
          <TableCell>Title</TableCell>
          <TableCell>Started</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Postmortem</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {incidents.map(incident => (
          <TableRow key={incident.id} data-testid="attributed-incident-row">
            <TableCell>{incident.severity ?? '—'}</TableCell>
            <TableCell data-testid="incident-title">
              {incident.title ?? incident.id}
            </TableCell>
            <TableCell>
              <Timestamp iso={incident.startedAt} />
            </TableCell>
            <TableCell>
              <IncidentStateChip incident={incident} />
            </TableCell>
            <TableCell>
              {incident.postmortemUrl ? (
                <Link to={incident.postmortemUrl}>Postmortem</Link>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
