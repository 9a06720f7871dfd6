import { RollupTotals, emptyTotals } from '../rollups/readRollupTotals';
import { OrgTeam } from './orgTree';
import { teamTotalsOf } from './teamTotals';

const HOUR = 3600;

/** A component's totals: `deployments` and the lead times (hours) of its changes. */
function totals(deployments: number, leadHours: number[]): RollupTotals {
  const t = emptyTotals();
  t.deployments = deployments;
  t.leadTimeN = leadHours.length;
  t.leadTime.addSamples(leadHours.map(h => h * HOUR));
  return t;
}

function team(
  name: string,
  own: string[],
  all: string[],
  children: string[] = [],
): OrgTeam {
  return {
    group: {
      entityRef: `group:default/${name}`,
      parentRefs: [],
      childRefs: [],
    },
    parentRef: null,
    serviceRefs: all,
    ownServiceRefs: own,
    childTeamRefs: children.map(c => `group:default/${c}`),
  };
}

const components = new Map([
  ['x', totals(2, [1, 2])],
  ['y', totals(3, [10, 20, 30])],
  ['z', totals(1, [100])],
]);
const summary = (t: RollupTotals) => [
  t.deployments,
  t.leadTimeN,
  t.leadTime.quantiles([0.5])[0]! / HOUR,
];

describe('teamTotalsOf', () => {
  it('builds a tree bottom-up from child teams', () => {
    // org owns z and has teams a (x) and b (y): 6 deployments, lead times
    // [1, 2, 10, 20, 30, 100] h with p50 at rank 3 = 10 h.
    const result = teamTotalsOf(
      [
        team('org', ['z'], ['x', 'y', 'z'], ['a', 'b']),
        team('a', ['x'], ['x']),
        team('b', ['y'], ['y']),
      ],
      components,
    );
    expect(summary(result.get('group:default/org')!)).toEqual([6, 6, 10]);
    expect(summary(result.get('group:default/a')!)).toEqual([2, 2, 1]);
    // The components' own totals are left as they were.
    expect(summary(components.get('x')!)).toEqual([2, 2, 1]);
  });

  it('never counts a component twice when a group sits under two parents', () => {
    // r has children p and q, which share child d (owning z); p also owns x.
    // r answers for x and z once: 3 deployments, not 4.
    const result = teamTotalsOf(
      [
        team('r', [], ['x', 'z'], ['p', 'q']),
        team('p', ['x'], ['x', 'z'], ['d']),
        team('q', [], ['z'], ['d']),
        team('d', ['z'], ['z']),
      ],
      components,
    );
    expect(summary(result.get('group:default/r')!)).toEqual([3, 3, 2]);
    expect(summary(result.get('group:default/p')!)).toEqual([3, 3, 2]);
  });

  it('ends on cyclic data', () => {
    // a → b → a, each owning one component: both answer for x and y.
    const result = teamTotalsOf(
      [
        team('a', ['x'], ['x', 'y'], ['b']),
        team('b', ['y'], ['x', 'y'], ['a']),
      ],
      components,
    );
    expect(summary(result.get('group:default/a')!)).toEqual([5, 5, 10]);
    expect(summary(result.get('group:default/b')!)).toEqual([5, 5, 10]);
  });
});
