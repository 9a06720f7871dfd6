import {
  ComparisonResponse,
  ComparisonService,
  ComparisonTeam,
  DoraTier,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { rowTier, TierFilterMetric } from './rowTier';

/** The filters of the comparison page; absent fields do not filter. */
export interface ComparisonFilter {
  /** A team: keeps it and its descendant teams. */
  groupRef?: string;
  /** Keeps the services of this system and the teams that own them. */
  systemRef?: string;
  /** Which tier {@link ComparisonFilter.tier} is compared with (see `rowTier`). */
  tierMetric: TierFilterMetric;
  tier?: DoraTier;
}

/** Nothing filtered; the tier filter would look at the lowest tier. */
export const NO_COMPARISON_FILTER: ComparisonFilter = { tierMetric: 'lowest' };

/** A team row with the services shown under it. */
export interface ComparisonTeamView {
  team: ComparisonTeam;
  services: ComparisonService[];
}

/** What the table, scatter and export show. */
export interface FilteredComparison {
  teams: ComparisonTeamView[];
  /** Services no team owns that pass the system and tier filters; none while a group is chosen. */
  servicesWithoutTeam: ComparisonService[];
}

/** A team's ref with the refs of every team below it (through `parentRef`). */
export function teamAndDescendants(
  teams: readonly ComparisonTeam[],
  groupRef: string,
): Set<string> {
  const found = new Set([groupRef]);
  // Repeat until nothing is added: parents may be listed after children.
  let added = true;
  while (added) {
    added = false;
    for (const team of teams) {
      if (
        team.parentRef &&
        found.has(team.parentRef) &&
        !found.has(team.entityRef)
      ) {
        found.add(team.entityRef);
        added = true;
      }
    }
  }
  return found;
}

/**
 * The rows the page shows, filters applied in turn:
 * - group: the chosen team and its descendant teams;
 * - system: the services of that system, and the teams owning one of them
 *   (a team's figures stay those of all of its services);
 * - tier: services whose tier (for the chosen metric, see `rowTier`) is the
 *   chosen tier, and teams whose own tier is, or that own such a service —
 *   under a team only the matching services are listed.
 */
export function filterComparison(
  response: Pick<ComparisonResponse, 'teams' | 'services'>,
  filter: ComparisonFilter,
): FilteredComparison {
  const { groupRef, systemRef, tierMetric, tier } = filter;
  const serviceMatches = (s: ComparisonService) =>
    (!systemRef || s.systemRef === systemRef) &&
    (!tier || rowTier(s, tierMetric) === tier);
  const byRef = new Map(response.services.map(s => [s.entityRef, s]));
  const inGroup = groupRef
    ? teamAndDescendants(response.teams, groupRef)
    : undefined;

  const teams: ComparisonTeamView[] = [];
  for (const team of response.teams) {
    if (inGroup && !inGroup.has(team.entityRef)) continue;
    const all = team.serviceRefs.flatMap(ref => byRef.get(ref) ?? []);
    const ofSystem = systemRef
      ? all.filter(s => s.systemRef === systemRef)
      : all;
    if (systemRef && ofSystem.length === 0) continue;
    const services = ofSystem.filter(serviceMatches);
    if (tier && rowTier(team, tierMetric) !== tier && services.length === 0) {
      continue;
    }
    teams.push({ team, services });
  }

  const owned = new Set(response.teams.flatMap(t => t.serviceRefs));
  const servicesWithoutTeam = groupRef
    ? []
    : response.services.filter(
        s => !owned.has(s.entityRef) && serviceMatches(s),
      );
  return { teams, servicesWithoutTeam };
}
