import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { Link, TableColumn } from '@backstage/core-components';
import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';
import { RECURRENCE_WINDOW_DAYS } from '../../utils/incidentRecurrence';
import { formatDuration } from '../../utils/formatDuration';
import { formatAbsoluteTime, secondsBetween } from '../../utils/time';
import { Timestamp } from '../Timestamp';

/** An incident with the similar incidents within the recurrence window. */
export type IncidentRow = IncidentView & { similar: IncidentView[] };

function RecurrenceChip(props: { row: IncidentRow }) {
  const { similar } = props.row;
  if (similar.length === 0) return null;
  const list = similar
    .map(i => `${i.id} (${formatAbsoluteTime(i.startedAt)})`)
    .join(', ');
  return (
    <Tooltip
      title={`Same entity and title (ignoring numbers and punctuation) within ${RECURRENCE_WINDOW_DAYS} days: ${list}`}
    >
      <Chip
        size="small"
        variant="outlined"
        color="secondary"
        label={`recurring · ${similar.length} similar`}
        data-testid="incident-recurrence"
      />
    </Tooltip>
  );
}

function Duration(props: { row: IncidentRow }) {
  const { startedAt, resolvedAt } = props.row;
  if (!resolvedAt) return <>ongoing</>;
  return <>{formatDuration(secondsBetween(startedAt, resolvedAt))}</>;
}

/** Columns of the reliability incidents table. */
export const incidentColumns: TableColumn<IncidentRow>[] = [
  { title: 'Severity', field: 'severity', emptyValue: '—' },
  {
    title: 'Title',
    render: row => (
      <>
        <span data-testid="incident-title">{row.title ?? row.id}</span>{' '}
        <RecurrenceChip row={row} />
      </>
    ),
  },
  { title: 'Started', render: row => <Timestamp iso={row.startedAt} /> },
  {
    title: 'Resolved',
    render: row => (row.resolvedAt ? <Timestamp iso={row.resolvedAt} /> : '—'),
  },
  {
    title: 'Duration',
    render: row => (
      <span data-testid="incident-duration">
        <Duration row={row} />
      </span>
    ),
  },
  {
    title: 'Deployment',
    render: row => (
      <span data-testid="incident-deployment">
        {row.attributedDeploymentId ?? '—'}
      </span>
    ),
  },
  {
    title: 'Postmortem',
    render: row =>
      row.postmortemUrl ? <Link to={row.postmortemUrl}>Postmortem</Link> : '—',
  },
];
