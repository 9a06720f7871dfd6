import {
  ComparisonService,
  ComparisonTeam,
  DoraWindowInfo,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { FilteredComparison } from '../ComparisonFilters/comparisonFilter';
import { ComparisonSort, sortRows } from '../ComparisonTable/sortRows';

/**
 * The rows the CSV export holds, as the page shows them: the teams in the
 * table's order, then each service once (a service under a team and its
 * parent team is listed once) in the order it first appears under the
 * sorted teams, then the services no team owns.
 */
export function comparisonExportRows(
  filtered: FilteredComparison,
  sort: ComparisonSort,
): Array<ComparisonTeam | ComparisonService> {
  const views = new Map(filtered.teams.map(view => [view.team, view]));
  const teams = sortRows([...views.keys()], sort);
  const services = new Map<string, ComparisonService>();
  for (const team of teams) {
    for (const service of sortRows(views.get(team)!.services, sort)) {
      if (!services.has(service.entityRef))
        services.set(service.entityRef, service);
    }
  }
  const unowned = sortRows(filtered.servicesWithoutTeam, sort);
  return [...teams, ...services.values(), ...unowned];
}

/** `delivery-reliability-2024-02-11-2024-05-11.csv`: the window's UTC dates, `to` exclusive. */
export function comparisonCsvFileName(window: DoraWindowInfo): string {
  const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
  return `delivery-reliability-${day(window.from)}-${day(window.to)}.csv`;
}
