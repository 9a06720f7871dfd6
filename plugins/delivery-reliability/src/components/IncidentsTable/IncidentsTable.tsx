import { useState } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';
import { PAGE_SIZE } from '../../hooks/useDeploymentsPage';
import { useIncidentsPage } from '../../hooks/useIncidentsPage';
import { IncidentStateChip } from '../IncidentStateChip';
import { Timestamp } from '../Timestamp';

const columns: TableColumn<IncidentView>[] = [
  {
    title: 'Started',
    field: 'startedAt',
    render: row => <Timestamp iso={row.startedAt} />,
  },
  { title: 'Severity', field: 'severity', emptyValue: '—' },
  {
    title: 'Title',
    field: 'title',
    render: row => (
      <span data-testid="incident-title">{row.title ?? row.id}</span>
    ),
  },
  { title: 'Environment', field: 'environment' },
  {
    title: 'State',
    render: row => <IncidentStateChip incident={row} />,
  },
  {
    title: 'Deployment',
    field: 'attributedDeploymentId',
    emptyValue: '—',
  },
  {
    title: 'Postmortem',
    render: row =>
      row.postmortemUrl ? <Link to={row.postmortemUrl}>Postmortem</Link> : '—',
  },
];

/** An entity's incidents, newest first, paged by the server. */
export function IncidentsTable(props: { entityRef: string }) {
  const { entityRef } = props;
  const [page, setPage] = useState(0);
  const { value, loading, error } = useIncidentsPage(entityRef, page);

  if (error) {
    return (
      <ResponseErrorPanel title="Could not load incidents" error={error} />
    );
  }
  if (!value) {
    return <Progress />;
  }
  return (
    <Table<IncidentView>
      title="Incidents"
      subtitle={`${value.totalCount} in total, newest first`}
      columns={columns}
      data={value.items}
      isLoading={loading}
      page={page}
      totalCount={value.totalCount}
      onPageChange={setPage}
      options={{
        paging: true,
        pageSize: PAGE_SIZE,
        pageSizeOptions: [PAGE_SIZE],
        emptyRowsWhenPaging: false,
        search: false,
        sorting: false,
        padding: 'dense',
      }}
      emptyContent={
        <Typography
          variant="body2"
          color="textSecondary"
          align="center"
          style={{ padding: 16 }}
        >
          No incidents have been reported for this entity.
        </Typography>
      }
    />
  );
}
