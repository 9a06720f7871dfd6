import { Fragment, useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ComparisonResponse,
  ComparisonService,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraWindow } from '../../utils/doraWindow';
import {
  ComparisonFilters,
  filterComparison,
  NO_COMPARISON_FILTER,
  rowName,
} from '../ComparisonFilters';
import { ComparisonTable, DEFAULT_COMPARISON_SORT } from '../ComparisonTable';
import { DoraRangeSelector } from '../DoraRangeSelector';
import { SpeedStabilityScatter } from '../SpeedStabilityScatter';
import { Timestamp } from '../Timestamp';
import { ExportCsvButton } from './ExportCsvButton';
import { comparisonExportRows } from './exportRows';
import { VerdictSummary } from './VerdictSummary';

function ServicesWithoutTeam(props: { services: ComparisonService[] }) {
  const { services } = props;
  if (services.length === 0) return null;
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="services-without-team"
    >
      Owned by no team (not in the table; set a group as their{' '}
      <code>spec.owner</code>):{' '}
      {services.map((service, i) => (
        <Fragment key={service.entityRef}>
          {i > 0 && ', '}
          <EntityRefLink entityRef={service.entityRef}>
            {rowName(service)}
          </EntityRefLink>
        </Fragment>
      ))}
    </Typography>
  );
}

/** Props of {@link ComparisonView}. */
export interface ComparisonViewProps {
  response: ComparisonResponse;
  days: number;
  onDaysChange: (days: number) => void;
  /** True while `response` is still the answer for an earlier range. */
  loading?: boolean;
  /** A fixed scatter width (tests). */
  chartWidth?: number;
}

/**
 * The comparison once loaded: range, filters and export; the verdict
 * summary; the team table; the speed-vs-stability scatter. Filters and sort
 * apply to all of them and to the CSV.
 */
export function ComparisonView(props: ComparisonViewProps) {
  const { response, days, onDaysChange, loading, chartWidth } = props;
  const [filter, setFilter] = useState(NO_COMPARISON_FILTER);
  const [sort, setSort] = useState(DEFAULT_COMPARISON_SORT);
  const filtered = useMemo(
    () => filterComparison(response, filter),
    [response, filter],
  );
  const rows = useMemo(
    () => comparisonExportRows(filtered, sort),
    [filtered, sort],
  );
  const teams = filtered.teams.map(view => view.team);
  const services = rows.filter(
    (row): row is ComparisonService => row.kind === 'component',
  );
  const window = {
    from: new Date(response.window.from),
    to: new Date(response.window.to),
  };

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
      >
        <DoraRangeSelector days={days} onChange={onDaysChange} />
        <ComparisonFilters
          response={response}
          filter={filter}
          onChange={setFilter}
        />
        <ExportCsvButton rows={rows} window={response.window} />
      </Box>
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="comparison-window"
      >
        {formatDoraWindow(window)} (UTC) · deployments to{' '}
        {response.environments.join(', ')} · tiers under DORA{' '}
        {response.tierTable.year} · SLO status as of{' '}
        {response.sloStatusAsOf ? (
          <Timestamp iso={response.sloStatusAsOf} />
        ) : (
          'never (not evaluated yet)'
        )}
      </Typography>
      {loading && <LinearProgress />}
      <VerdictSummary teams={teams} />
      <ComparisonTable
        teams={filtered.teams}
        tierTable={response.tierTable}
        previousDays={response.previousWindow.days}
        sort={sort}
        onSortChange={setSort}
      />
      <ServicesWithoutTeam services={filtered.servicesWithoutTeam} />
      <SpeedStabilityScatter
        teams={teams}
        services={services}
        thresholds={response.thresholds}
        tierTable={response.tierTable}
        width={chartWidth}
      />
    </Box>
  );
}
