import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DoraEntityBreakdown,
  DoraMetricName,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraCounts, formatDoraValueText } from '../../utils/doraFormat';
import {
  DORA_METRIC_NAMES,
  DORA_METRIC_TITLES,
  doraHeadlineValue,
} from '../../utils/doraMetrics';
import { DoraTierBadge } from '../DoraTierBadge';

/** A fresh row object per render: material-table writes into the rows it gets. */
type Row = DoraEntityBreakdown & { id: string };

/** Ascending by headline value; components without a value sort lowest. */
function byMetric(metric: DoraMetricName) {
  return (a: Row, b: Row) => {
    const x = doraHeadlineValue(metric, a.metrics) ?? -Infinity;
    const y = doraHeadlineValue(metric, b.metrics) ?? -Infinity;
    if (x === y) return a.entityRef.localeCompare(b.entityRef);
    return x < y ? -1 : 1;
  };
}

function columns(tierTable: DoraTierTableRef): TableColumn<Row>[] {
  return [
    {
      title: 'Component',
      field: 'entityRef',
      highlight: true,
      customSort: (a, b) => a.entityRef.localeCompare(b.entityRef),
      render: row => (
        <span data-testid="team-breakdown-entity">
          <EntityRefLink entityRef={row.entityRef} defaultKind="component" />
        </span>
      ),
    },
    ...DORA_METRIC_NAMES.map(
      (metric): TableColumn<Row> => ({
        title: DORA_METRIC_TITLES[metric],
        customSort: byMetric(metric),
        render: row => (
          <Box data-testid={`team-breakdown-${metric}`}>
            <Box display="flex" alignItems="center" style={{ gap: 6 }}>
              <Typography variant="body2" component="span">
                {formatDoraValueText(metric, row.metrics)}
              </Typography>
              <DoraTierBadge
                tier={row.metrics[metric].tier}
                tierTable={tierTable}
                compact
              />
            </Box>
            <Typography variant="caption" color="textSecondary">
              {formatDoraCounts(metric, row.metrics)}
            </Typography>
          </Box>
        ),
      }),
    ),
  ];
}

/**
 * Each component of a team or system with its five DORA values and tiers,
 * sortable by any of them; a component links to its entity page.
 */
export function TeamBreakdownTable(props: {
  breakdown: DoraEntityBreakdown[];
  tierTable: DoraTierTableRef;
}) {
  const { breakdown, tierTable } = props;
  const data = useMemo(
    () =>
      breakdown
        .map(item => ({ ...item, id: item.entityRef }))
        .sort((a, b) => a.entityRef.localeCompare(b.entityRef)),
    [breakdown],
  );
  const tableColumns = useMemo(() => columns(tierTable), [tierTable]);
  return (
    <div data-testid="team-breakdown-table">
      <Table<Row>
        title="By component"
        subtitle={`Each component's own metrics, tiers under DORA ${tierTable.year}`}
        columns={tableColumns}
        data={data}
        options={{
          paging: false,
          search: false,
          sorting: true,
          draggable: false,
          padding: 'dense',
        }}
        emptyContent={
          <Typography
            variant="body2"
            color="textSecondary"
            align="center"
            style={{ padding: 16 }}
          >
            No component of this team has delivery data in this range.
          </Typography>
        }
      />
    </div>
  );
}
