import { useMemo } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import {
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  findIncidentRecurrences,
  RECURRENCE_WINDOW_DAYS,
} from '../../utils/incidentRecurrence';
import { IncidentRow, incidentColumns } from './columns';

/**
 * The entity's newest incidents for reliability work: severity, start,
 * resolution, duration, postmortem, attributed deployment, and a hint when
 * a similar incident came back within 30 days.
 */
export function ReliabilityIncidentsTable(props: {
  incidents?: Page<IncidentView>;
  error?: Error;
}) {
  const { incidents, error } = props;
  const rows = useMemo<IncidentRow[]>(() => {
    const items = incidents?.items ?? [];
    const recurrences = findIncidentRecurrences(items);
    // Copies: material-table annotates the row objects it is given.
    return items.map(i => ({
      ...structuredClone(i),
      similar: recurrences.get(i.id) ?? [],
    }));
  }, [incidents]);

  if (error) {
    return (
      <ResponseErrorPanel title="Could not load incidents" error={error} />
    );
  }
  if (!incidents) return <Progress />;
  const recurring = rows.filter(r => r.similar.length > 0).length;
  const shown =
    incidents.totalCount > rows.length
      ? `newest ${rows.length} of ${incidents.totalCount}`
      : `${rows.length} in total`;
  return (
    <div data-testid="reliability-incidents-table">
      <Table<IncidentRow>
        title="Incidents"
        subtitle={`${shown}, newest first · ${recurring} recurring within ${RECURRENCE_WINDOW_DAYS} days`}
        columns={incidentColumns}
        data={rows}
        options={{
          paging: rows.length > 10,
          pageSize: 10,
          pageSizeOptions: [10, 25, 50],
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
    </div>
  );
}
