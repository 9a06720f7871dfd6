import {
  RollupTotals,
  addTotals,
  emptyTotals,
} from '../rollups/readRollupTotals';
import { OrgTeam } from './orgTree';

/**
 * How every team's totals are summed (counts summed, samples merged over
 * the components it answers for; never averages). A team whose own
 * components and child teams' components are disjoint — the usual tree —
 * is its own components plus its child teams' totals, so an org of a
 * thousand services merges its twenty teams rather than a thousand
 * services again. Otherwise (a group under two parents of the same team,
 * or cyclic data) it adds its components one by one, so nothing is counted
 * twice. Decided from the tree alone, so components can be added as they
 * are read and dropped.
 * @internal
 */
export interface TeamTotalsPlan {
  /** The teams a component's totals are added to directly. */
  teamsOf(componentRef: string): readonly string[];
  /** Then, in this order (children first): each team's child teams to add. */
  merges: ReadonlyArray<{ teamRef: string; childRefs: readonly string[] }>;
}

/** The plan for `teams`; see {@link TeamTotalsPlan}. @internal */
export function teamTotalsPlanOf(teams: readonly OrgTeam[]): TeamTotalsPlan {
  const byRef = new Map(teams.map(t => [t.group.entityRef, t]));
  const direct = new Map<string, string[]>();
  const merges: Array<{ teamRef: string; childRefs: string[] }> = [];
  const planned = new Set<string>();
  const inProgress = new Set<string>();
  const addDirect = (teamRef: string, refs: readonly string[]) => {
    for (const ref of refs) {
      if (!direct.has(ref)) direct.set(ref, []);
      direct.get(ref)!.push(teamRef);
    }
  };

  const plan = (team: OrgTeam): void => {
    const ref = team.group.entityRef;
    if (planned.has(ref)) return;
    inProgress.add(ref);
    const children = team.childTeamRefs.map(c => byRef.get(c)!);
    const disjoint =
      !children.some(c => inProgress.has(c.group.entityRef)) &&
      team.ownServiceRefs.length +
        children.reduce((n, c) => n + c.serviceRefs.length, 0) ===
        team.serviceRefs.length;
    if (disjoint) {
      children.forEach(plan);
      addDirect(ref, team.ownServiceRefs);
      merges.push({ teamRef: ref, childRefs: team.childTeamRefs });
    } else {
      addDirect(ref, team.serviceRefs);
      merges.push({ teamRef: ref, childRefs: [] });
    }
    inProgress.delete(ref);
    planned.add(ref);
  };
  teams.forEach(plan);
  return { teamsOf: ref => direct.get(ref) ?? [], merges };
}

/** Adds each team's child teams into it, following the plan's order. @internal */
export function mergeChildTeams(
  plan: TeamTotalsPlan,
  sums: ReadonlyMap<string, RollupTotals>,
): void {
  for (const { teamRef, childRefs } of plan.merges) {
    for (const child of childRefs)
      addTotals(sums.get(teamRef)!, sums.get(child)!);
  }
}

/**
 * Every team's totals from its components' (see {@link TeamTotalsPlan});
 * `totals` holds one entry per component, absent meaning no events.
 * @internal
 */
export function teamTotalsOf(
  teams: readonly OrgTeam[],
  totals: ReadonlyMap<string, RollupTotals>,
): Map<string, RollupTotals> {
  const plan = teamTotalsPlanOf(teams);
  const sums = new Map(teams.map(t => [t.group.entityRef, emptyTotals()]));
  for (const [ref, componentTotals] of totals) {
    for (const team of plan.teamsOf(ref))
      addTotals(sums.get(team)!, componentTotals);
  }
  mergeChildTeams(plan, sums);
  return sums;
}
