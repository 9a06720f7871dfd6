import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import {
  ChangeView,
  LeadTimeStart,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Timestamp } from '../Timestamp';
import { formatDuration } from '../../utils/formatDuration';
import { LEAD_TIME_START_LABELS } from '../../utils/doraRules';
import { changeLeadTimeSeconds } from '../../utils/leadTime';

function OptionalTimestamp(props: { iso?: string }) {
  return props.iso ? <Timestamp iso={props.iso} /> : <>—</>;
}

/**
 * The changes one deployment shipped, each with its lead time up to that
 * deployment (finish − first commit, or the configured start).
 */
export function ChangesTable(props: {
  changes: ChangeView[];
  deploymentFinishedAt: string;
  leadTimeStart?: LeadTimeStart;
}) {
  const { changes, deploymentFinishedAt, leadTimeStart } = props;
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This deployment lists no changes.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Changes">
      <TableHead>
        <TableRow>
          <TableCell>Change</TableCell>
          <TableCell>First commit</TableCell>
          <TableCell>PR opened</TableCell>
          <TableCell>Merged</TableCell>
          <TableCell>
            <Tooltip
              title={`From the ${
                LEAD_TIME_START_LABELS[leadTimeStart ?? 'firstCommit']
              } to this deployment's finish`}
            >
              <span>Lead time</span>
            </Tooltip>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(change => (
          <TableRow key={change.id} data-testid="change-row">
            <TableCell data-testid="change-id">{change.id}</TableCell>
            <TableCell>
              <Timestamp iso={change.firstCommitAt} />
            </TableCell>
            <TableCell>
              <OptionalTimestamp iso={change.prOpenedAt} />
            </TableCell>
            <TableCell>
              <OptionalTimestamp iso={change.mergedAt} />
            </TableCell>
            <TableCell data-testid="change-lead-time">
              {formatDuration(
                changeLeadTimeSeconds(
                  change,
                  deploymentFinishedAt,
                  leadTimeStart,
                ),
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
