import { useMemo } from 'react';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import {
  DeploymentView,
  LeadTimeStart,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeploymentDetailPanel } from '../DeploymentDetailPanel';
import { DeploymentMarkers, deploymentLabel } from '../DeploymentMarkers';
import { DeploymentStatusChip } from '../DeploymentStatusChip';
import { Timestamp } from '../Timestamp';
import { PAGE_SIZE } from '../../hooks/useDeploymentsPage';
import { formatDuration } from '../../utils/formatDuration';
import { deploymentLeadTimeP50Seconds } from '../../utils/leadTime';

/** Props of {@link DeploymentsTable}. */
export interface DeploymentsTableProps {
  /** The page on screen (its offset is `page * PAGE_SIZE`). */
  deployments: Page<DeploymentView>;
  page: number;
  onPageChange: (page: number) => void;
  /** True while a further page loads; the current rows stay visible. */
  loading: boolean;
  /** Shown when the (filtered) page is empty. */
  emptyMessage: string;
  /** Where lead times start (default first commit). */
  leadTimeStart?: LeadTimeStart;
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Why the API counts a deployment as failed, for the tooltip. */
function failureReason(row: DeploymentView): string {
  const reasons = [];
  if (row.rolledBackBy?.length) {
    reasons.push(`rolled back by ${row.rolledBackBy.join(', ')}`);
  }
  if (row.incidents.length > 0) {
    reasons.push(`${plural(row.incidents.length, 'incident')} attributed`);
  }
  return `Failed deployment: ${reasons.join(
    ' and ',
  )}. It counts in the change failure rate of the window it finished in.`;
}

function columns(
  deploymentsById: Map<string, DeploymentView>,
  leadTimeStart: LeadTimeStart | undefined,
): TableColumn<DeploymentView>[] {
  return [
    {
      title: 'Finished',
      field: 'finishedAt',
      render: row => <Timestamp iso={row.finishedAt} />,
    },
    {
      title: 'Environment',
      field: 'environment',
      render: row => (
        <span data-testid="deployment-environment">{row.environment}</span>
      ),
    },
    {
      title: 'Status',
      field: 'status',
      render: row => <DeploymentStatusChip status={row.status} />,
    },
    {
      title: 'Version',
      field: 'version',
      render: row => (
        <Typography variant="body2" data-testid="deployment-version">
          {deploymentLabel(row)}
        </Typography>
      ),
    },
    {
      title: 'Markers',
      render: row => (
        <DeploymentMarkers deployment={row} deploymentsById={deploymentsById} />
      ),
    },
    {
      title: 'Changes',
      // No onClick: the click bubbles to the row, whose handler toggles the panel.
      render: row => (
        <Button
          size="small"
          variant="outlined"
          data-testid="deployment-changes-toggle"
          aria-label={`${plural(
            row.changes.length,
            'change',
          )} in ${deploymentLabel(row)}, show details`}
        >
          {plural(row.changes.length, 'change')}
        </Button>
      ),
    },
    {
      title: (
        <Tooltip title="Median (p50, nearest rank) of the lead times of the changes this deployment shipped, up to its finish">
          <span>Lead time p50</span>
        </Tooltip>
      ),
      render: row => {
        const p50 = deploymentLeadTimeP50Seconds(row, leadTimeStart);
        return (
          <span data-testid="deployment-lead-time">
            {p50 === null ? '—' : formatDuration(p50)}
          </span>
        );
      },
    },
    {
      title: (
        <Tooltip title="A production deployment is failed when a later rollback reverts it or an incident is attributed to it">
          <span>Failed</span>
        </Tooltip>
      ),
      render: row =>
        row.failed ? (
          <Tooltip title={failureReason(row)}>
            <Chip
              size="small"
              color="secondary"
              label="failed"
              data-testid="deployment-failed"
            />
          </Tooltip>
        ) : (
          <span data-testid="deployment-failed">—</span>
        ),
    },
    {
      title: 'Incidents',
      render: row =>
        row.incidents.length > 0 ? (
          <Chip
            size="small"
            color="secondary"
            label={plural(row.incidents.length, 'incident')}
            data-testid="deployment-incident-count"
          />
        ) : (
          <span data-testid="deployment-incident-count">—</span>
        ),
    },
  ];
}

/**
 * One page of deployments, paged by the server; a row expands into the
 * deployment's changes and attributed incidents.
 */
export function DeploymentsTable(props: DeploymentsTableProps) {
  const {
    deployments,
    page,
    onPageChange,
    loading,
    emptyMessage,
    leadTimeStart,
  } = props;

  // Columns are memoised: a new columns array makes material-table collapse open rows.
  const tableColumns = useMemo(() => {
    const byId = new Map(deployments.items.map(d => [d.id, d]));
    return columns(byId, leadTimeStart);
  }, [deployments, leadTimeStart]);

  return (
    <Table<DeploymentView>
      title="Deployments"
      subtitle={`${plural(deployments.totalCount, 'deployment')}, newest first`}
      columns={tableColumns}
      data={deployments.items}
      isLoading={loading}
      page={page}
      totalCount={deployments.totalCount}
      onPageChange={onPageChange}
      options={{
        paging: true,
        pageSize: PAGE_SIZE,
        // One fixed page size: the server pages, and MUI hides a one-option picker.
        pageSizeOptions: [PAGE_SIZE],
        emptyRowsWhenPaging: false,
        search: false,
        sorting: false,
        padding: 'dense',
      }}
      detailPanel={[
        {
          tooltip: 'Show changes and incidents',
          render: ({ rowData }) => (
            <DeploymentDetailPanel
              deployment={rowData}
              leadTimeStart={leadTimeStart}
            />
          ),
        },
      ]}
      onRowClick={(_event, _row, togglePanel) => togglePanel?.()}
      emptyContent={
        <Typography
          variant="body2"
          color="textSecondary"
          align="center"
          style={{ padding: 16 }}
        >
          {emptyMessage}
        </Typography>
      }
    />
  );
}
