import {
  RollupTotals,
  addTotals,
  emptyTotals,
} from '../rollups/readRollupTotals';
import { OrgTeam } from './orgTree';

/**
 * Every team's totals: the counts summed and samples merged over the
 * components it answers for (never averages). A team whose own components
 * and child teams' components are disjoint — the usual tree — is its own
 * components plus its child teams' totals, so an org of a thousand
 * services merges its twenty teams rather than a thousand services again.
 * Otherwise (a group under two parents of the same team, or cyclic data)
 * it merges its components one by one, so nothing is counted twice.
 * `totals` holds one entry per component; absent means no events.
 * @internal
 */
export function teamTotalsOf(
  teams: readonly OrgTeam[],
  totals: ReadonlyMap<string, RollupTotals>,
): Map<string, RollupTotals> {
  const byRef = new Map(teams.map(t => [t.group.entityRef, t]));
  const done = new Map<string, RollupTotals>();
  const inProgress = new Set<string>();
  const addComponents = (into: RollupTotals, refs: readonly string[]) => {
    for (const ref of refs) {
      const entityTotals = totals.get(ref);
      if (entityTotals) addTotals(into, entityTotals);
    }
  };

  const compute = (team: OrgTeam): RollupTotals => {
    const ref = team.group.entityRef;
    const known = done.get(ref);
    if (known) return known;
    inProgress.add(ref);
    const children = team.childTeamRefs.map(c => byRef.get(c)!);
    const disjoint =
      !children.some(c => inProgress.has(c.group.entityRef)) &&
      team.ownServiceRefs.length +
        children.reduce((n, c) => n + c.serviceRefs.length, 0) ===
        team.serviceRefs.length;
    const sum = emptyTotals();
    if (disjoint) {
      addComponents(sum, team.ownServiceRefs);
      for (const child of children) addTotals(sum, compute(child));
    } else {
      addComponents(sum, team.serviceRefs);
    }
    inProgress.delete(ref);
    done.set(ref, sum);
    return sum;
  };
  teams.forEach(compute);
  return done;
}
