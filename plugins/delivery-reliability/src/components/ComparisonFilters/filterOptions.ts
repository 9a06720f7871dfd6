import {
  ComparisonService,
  ComparisonTeam,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { rowName } from './rowName';

/** A team in the group filter, indented under its parent. */
export interface GroupOption {
  entityRef: string;
  label: string;
  depth: number;
}

/**
 * The teams as a tree, each followed by its child teams, siblings by name;
 * a team whose parent is not listed is a root.
 */
export function groupOptions(teams: readonly ComparisonTeam[]): GroupOption[] {
  const listed = new Set(teams.map(t => t.entityRef));
  const byName = (a: ComparisonTeam, b: ComparisonTeam) =>
    rowName(a).localeCompare(rowName(b));
  const childrenOf = (parent: string | null) =>
    teams
      .filter(t =>
        parent === null
          ? !t.parentRef || !listed.has(t.parentRef)
          : t.parentRef === parent,
      )
      .sort(byName);
  const options: GroupOption[] = [];
  // `seen` guards against a parent cycle in a broken catalog.
  const seen = new Set<string>();
  const visit = (team: ComparisonTeam, depth: number) => {
    if (seen.has(team.entityRef)) return;
    seen.add(team.entityRef);
    options.push({ entityRef: team.entityRef, label: rowName(team), depth });
    childrenOf(team.entityRef).forEach(child => visit(child, depth + 1));
  };
  childrenOf(null).forEach(root => visit(root, 0));
  return options;
}

/** The systems the services belong to, sorted. */
export function systemOptions(
  services: readonly ComparisonService[],
): string[] {
  const systems = new Set(services.flatMap(s => s.systemRef ?? []));
  return [...systems].sort();
}
