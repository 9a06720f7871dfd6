import { useMemo, useState } from 'react';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { DoraTierTableRef } from '@delivery-reliability/plugin-delivery-reliability-common';
import { ComparisonTeamView } from '../ComparisonFilters/comparisonFilter';
import { rowName } from '../ComparisonFilters/rowName';
import { COMPARISON_COLUMNS } from './columns';
import { ComparisonSort, sortRows } from './sortRows';
import { TeamRows } from './TeamRows';

/** Props of {@link ComparisonTable}. */
export interface ComparisonTableProps {
  teams: ComparisonTeamView[];
  tierTable: DoraTierTableRef;
  /** Length of the previous window the trend arrows compare with. */
  previousDays: number;
  /** The sort is the page's, so the CSV export follows the table's order. */
  sort: ComparisonSort;
  onSortChange: (sort: ComparisonSort) => void;
}

/**
 * One row per team, each expandable to its services: verdict, the five
 * DORA values with tiers and trend arrows, SLO attainment, budget statuses
 * and the release gate. Every column sorts (stable, rows without a value
 * last); services sort the same way under their team.
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const { teams, tierTable, previousDays, sort, onSortChange } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const sorted = useMemo(() => {
    const views = new Map(teams.map(view => [view.team, view]));
    return sortRows([...views.keys()], sort).map(team => views.get(team)!);
  }, [teams, sort]);
  const names = useMemo(
    () => new Map(teams.map(view => [view.team.entityRef, rowName(view.team)])),
    [teams],
  );
  const toggle = (ref: string) =>
    setExpanded(current => {
      const next = new Set(current);
      if (!next.delete(ref)) next.add(ref);
      return next;
    });
  const clickHeader = (column: ComparisonSort['column']) =>
    onSortChange({
      column,
      direction:
        sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc',
    });
  const previousLabel = `previous ${previousDays} days`;

  return (
    <TableContainer component={Paper} data-testid="comparison-table">
      {/* Scrolls sideways on narrow screens rather than squeezing columns. */}
      <Table
        size="small"
        aria-label="Teams and their services"
        style={{ minWidth: 1700 }}
      >
        <TableHead>
          <TableRow>
            {COMPARISON_COLUMNS.map(column => (
              <TableCell
                key={column.id}
                sortDirection={
                  sort.column === column.id ? sort.direction : false
                }
              >
                <Tooltip title={column.description}>
                  <TableSortLabel
                    active={sort.column === column.id}
                    direction={
                      sort.column === column.id ? sort.direction : 'asc'
                    }
                    onClick={() => clickHeader(column.id)}
                  >
                    {column.title}
                  </TableSortLabel>
                </Tooltip>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map(view => (
            <TeamRows
              key={view.team.entityRef}
              team={view.team}
              services={sortRows(view.services, sort)}
              parentName={
                view.team.parentRef ? names.get(view.team.parentRef) : undefined
              }
              expanded={expanded.has(view.team.entityRef)}
              onToggle={() => toggle(view.team.entityRef)}
              tierTable={tierTable}
              previousLabel={previousLabel}
            />
          ))}
          {sorted.length === 0 && (
            <TableRow>
              <TableCell colSpan={COMPARISON_COLUMNS.length}>
                <Typography
                  variant="body2"
                  color="textSecondary"
                  align="center"
                >
                  No team matches the filters.
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
