import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@material-ui/icons/KeyboardArrowRight';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ComparisonRow,
  ComparisonService,
  ComparisonTeam,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { countOf } from '../../utils/doraFormat';
import { rowName } from '../ComparisonFilters/rowName';
import { COMPARISON_COLUMNS } from './columns';
import { RowCells } from './RowCells';

function NameLink(props: { row: ComparisonRow }) {
  const { row } = props;
  return (
    <EntityRefLink
      entityRef={row.entityRef}
      data-testid="comparison-name"
      style={{ whiteSpace: 'nowrap' }}
    >
      {rowName(row)}
    </EntityRefLink>
  );
}

/** Props of {@link TeamRows}. */
export interface TeamRowsProps {
  team: ComparisonTeam;
  /** The services listed under the team (already filtered and sorted). */
  services: ComparisonService[];
  /** The parent team's name, if it is listed. */
  parentName?: string;
  expanded: boolean;
  onToggle: () => void;
  tierTable: DoraTierTableRef;
  previousLabel: string;
}

/**
 * A team's row with a caret that shows its services below it. Rows are
 * named after the team or service (`aria-label`) and the team row carries
 * `aria-expanded`, so tests and assistive tools can find and open them.
 */
export function TeamRows(props: TeamRowsProps) {
  const { team, services, parentName, expanded, onToggle } = props;
  const { tierTable, previousLabel } = props;
  const name = rowName(team);
  const idPrefix = `comparison-${team.entityRef.replace(/\W/g, '-')}`;
  const serviceIds = services.length
    ? services.map((_, index) => `${idPrefix}-${index}`)
    : [`${idPrefix}-none`];
  const owned = countOf(team.serviceRefs.length, 'service');
  return (
    <>
      <TableRow
        aria-label={name}
        aria-expanded={expanded}
        data-testid="comparison-team-row"
        data-entity-ref={team.entityRef}
      >
        <TableCell style={{ minWidth: 220 }}>
          <Box display="flex" alignItems="center">
            <IconButton
              size="small"
              onClick={onToggle}
              aria-expanded={expanded}
              // The rows it shows; they exist only while expanded.
              aria-controls={expanded ? serviceIds.join(' ') : undefined}
              aria-label={`${expanded ? 'Hide' : 'Show'} services of ${name}`}
            >
              {expanded ? (
                <KeyboardArrowDownIcon />
              ) : (
                <KeyboardArrowRightIcon />
              )}
            </IconButton>
            <Box ml={0.5}>
              <NameLink row={team} />
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {parentName ? `${owned} · in ${parentName}` : owned}
              </Typography>
            </Box>
          </Box>
        </TableCell>
        <RowCells
          row={team}
          tierTable={tierTable}
          previousLabel={previousLabel}
        />
      </TableRow>
      {expanded &&
        services.map((service, index) => (
          <TableRow
            key={service.entityRef}
            id={serviceIds[index]}
            aria-label={rowName(service)}
            data-testid="comparison-service-row"
            data-entity-ref={service.entityRef}
            data-team-ref={team.entityRef}
          >
            <TableCell style={{ paddingLeft: 48 }}>
              <NameLink row={service} />
            </TableCell>
            <RowCells
              row={service}
              tierTable={tierTable}
              previousLabel={previousLabel}
            />
          </TableRow>
        ))}
      {expanded && services.length === 0 && (
        <TableRow id={serviceIds[0]}>
          <TableCell
            colSpan={COMPARISON_COLUMNS.length}
            style={{ paddingLeft: 48 }}
          >
            <Typography variant="caption" color="textSecondary">
              No service of this team matches the filters.
            </Typography>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
