import { Entity } from '@backstage/catalog-model';

/**
 * Catalog entities as the catalog serves them (relations included, as its
 * processors derive them from spec.owner, spec.system, spec.parent):
 *
 *   group org ─┬─ group payments-team ── group payments-core
 *              └─ (no other children)
 *   group other-team
 *   system payments: svc-a, svc-b
 *   svc-a owned by payments-team, svc-b by payments-core (a descendant),
 *   svc-c by other-team, in no system.
 */
function relation(type: string, targetRef: string) {
  return { type, targetRef };
}

function group(name: string, parent?: string, children: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children, ...(parent && { parent }) },
    relations: [
      ...(parent ? [relation('childOf', `group:default/${parent}`)] : []),
      ...children.map(c => relation('parentOf', `group:default/${c}`)),
    ],
  };
}

function component(name: string, owner: string, system?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner,
      ...(system && { system }),
    },
    relations: [
      relation('ownedBy', `group:default/${owner}`),
      ...(system ? [relation('partOf', `system:default/${system}`)] : []),
    ],
  };
}

export const catalogEntities: Entity[] = [
  group('org', undefined, ['payments-team']),
  group('payments-team', 'org', ['payments-core']),
  group('payments-core', 'payments-team'),
  group('other-team'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'payments-team' },
    relations: [relation('ownedBy', 'group:default/payments-team')],
  },
  component('svc-a', 'payments-team', 'payments'),
  component('svc-b', 'payments-core', 'payments'),
  component('svc-c', 'other-team'),
];
