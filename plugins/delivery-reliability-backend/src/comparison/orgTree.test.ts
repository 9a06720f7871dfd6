import { CatalogOrg, OrgGroup } from './catalogOrg';
import { scopeOf } from './orgTree';

const g = (name: string, parents: string[] = [], children: string[] = []) => ({
  entityRef: `group:default/${name}`,
  parentRefs: parents.map(p => `group:default/${p}`),
  childRefs: children.map(c => `group:default/${c}`),
});
const c = (name: string, owner: string | null) => ({
  entityRef: `component:default/${name}`,
  ownerRef: owner && `group:default/${owner}`,
  systemRef: null,
});

function orgOf(groups: OrgGroup[], components: ReturnType<typeof c>[]) {
  return {
    groups: new Map(groups.map(x => [x.entityRef, x])),
    components: new Map(components.map(x => [x.entityRef, x])),
  } as CatalogOrg;
}

describe('scopeOf', () => {
  it('follows both spec.parent and spec.children, and ends on cycles', () => {
    // a → b by a's children only, b → c by c's parent only, c → a: a cycle.
    const org = orgOf(
      [g('a', [], ['b']), g('b'), g('c', ['b'], ['a'])],
      [c('x', 'b'), c('y', 'c'), c('z', null)],
    );
    const scope = scopeOf(org);
    expect(
      scope.teams.map(t => [t.group.entityRef, t.parentRef, t.serviceRefs]),
    ).toEqual([
      // Every group of a cycle reaches every other one.
      [
        'group:default/a',
        'group:default/c',
        ['component:default/x', 'component:default/y'],
      ],
      [
        'group:default/b',
        'group:default/a',
        ['component:default/x', 'component:default/y'],
      ],
      [
        'group:default/c',
        'group:default/b',
        ['component:default/x', 'component:default/y'],
      ],
    ]);
    expect(scope.services.map(s => s.entityRef)).toEqual([
      'component:default/x',
      'component:default/y',
      'component:default/z',
    ]);
  });

  it('restricts to a subtree and ignores groups the caller cannot see', () => {
    // d names a hidden parent; e is d's child and owns w.
    const org = orgOf(
      [g('d', ['hidden'], ['e']), g('e'), g('f')],
      [c('v', 'd'), c('w', 'e'), c('u', 'f')],
    );
    const scope = scopeOf(org, 'group:default/e');
    expect(scope.teams.map(t => [t.group.entityRef, t.parentRef])).toEqual([
      ['group:default/e', 'group:default/d'],
    ]);
    expect(scope.services.map(s => s.entityRef)).toEqual([
      'component:default/w',
    ]);
    expect(scopeOf(org, 'group:default/d').teams[0].parentRef).toBeNull();
  });
});
