import { CatalogOrg, OrgComponent, OrgGroup } from './catalogOrg';

/** A team of the comparison and the components it answers for. @internal */
export interface OrgTeam {
  group: OrgGroup;
  /** The parent group shown in the table (the first by ref when several). */
  parentRef: string | null;
  /** Components owned by the group or any descendant group, sorted. */
  serviceRefs: string[];
  /** Components the group owns itself. */
  ownServiceRefs: string[];
  /** Child groups that are teams (own components themselves or below). */
  childTeamRefs: string[];
}

/** The teams and services of one comparison. @internal */
export interface OrgScope {
  /** Groups owning at least one component, directly or through descendants; sorted. */
  teams: OrgTeam[];
  /** Sorted. */
  services: OrgComponent[];
}

const add = (map: Map<string, Set<string>>, key: string, value: string) => {
  if (!map.has(key)) map.set(key, new Set());
  map.get(key)!.add(value);
};

/** Parent → children and child → parents among the groups the caller sees. */
function linksOf(org: CatalogOrg) {
  const children = new Map<string, Set<string>>();
  const parents = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    if (!org.groups.has(parent) || !org.groups.has(child)) return;
    add(children, parent, child);
    add(parents, child, parent);
  };
  // Both directions: a parent's spec.children and a child's spec.parent.
  for (const group of org.groups.values()) {
    group.parentRefs.forEach(parent => link(parent, group.entityRef));
    group.childRefs.forEach(child => link(group.entityRef, child));
  }
  return { children, parents };
}

/** The group and its descendants; a visited set makes cyclic data terminate. */
function subtree(root: string, children: Map<string, Set<string>>) {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return seen;
}

/**
 * The teams and services to compare. Without `rootGroupRef`: every Group that
 * owns components (directly or through descendant groups) and every
 * Component. With it: that Group and its descendants, and only the
 * components they own — a lead comparing their own teams.
 * @internal
 */
export function scopeOf(org: CatalogOrg, rootGroupRef?: string): OrgScope {
  const { children, parents } = linksOf(org);
  const ownedBy = new Map<string, string[]>();
  for (const component of org.components.values()) {
    if (!component.ownerRef) continue;
    if (!ownedBy.has(component.ownerRef)) ownedBy.set(component.ownerRef, []);
    ownedBy.get(component.ownerRef)!.push(component.entityRef);
  }
  const inScope = rootGroupRef
    ? subtree(rootGroupRef, children)
    : new Set(org.groups.keys());

  const teams: OrgTeam[] = [];
  for (const ref of [...inScope].sort()) {
    const group = org.groups.get(ref)!;
    const serviceRefs = [...subtree(ref, children)]
      .flatMap(member => ownedBy.get(member) ?? [])
      .sort();
    if (serviceRefs.length === 0) continue;
    const parentRef = [...(parents.get(ref) ?? [])].sort()[0] ?? null;
    teams.push({
      group,
      parentRef,
      serviceRefs,
      ownServiceRefs: ownedBy.get(ref) ?? [],
      childTeamRefs: [...(children.get(ref) ?? [])].sort(),
    });
  }
  // Only children that are teams themselves: the others own nothing.
  const teamRefs = new Set(teams.map(t => t.group.entityRef));
  teams.forEach(t => {
    t.childTeamRefs = t.childTeamRefs.filter(c => teamRefs.has(c));
  });
  const services = rootGroupRef
    ? [...inScope].flatMap(g => ownedBy.get(g) ?? [])
    : [...org.components.keys()];
  return {
    teams,
    services: [...new Set(services)]
      .sort()
      .map(ref => org.components.get(ref)!),
  };
}
