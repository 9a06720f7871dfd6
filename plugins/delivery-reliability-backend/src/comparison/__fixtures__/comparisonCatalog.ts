import { Entity } from '@backstage/catalog-model';

/**
 * The catalog of the comparison tests, with relations as the catalog
 * derives them (test fixture only):
 *
 *   group org ── group payments "Payments" ── group payments-core
 *   group search
 *   group empty-team (owns nothing: not a team)
 *   svc-pay "Pay API" owned by payments, svc-core by payments-core (both
 *   part of system shop), svc-search by search, svc-lonely by a User.
 */
const relation = (type: string, targetRef: string) => ({ type, targetRef });

function group(
  name: string,
  options: { parent?: string; children?: string[]; title?: string } = {},
): Entity {
  const children = options.children ?? [];
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      ...(options.title && { title: options.title }),
    },
    spec: { type: 'team', children },
    relations: [
      ...(options.parent
        ? [relation('childOf', `group:default/${options.parent}`)]
        : []),
      ...children.map(c => relation('parentOf', `group:default/${c}`)),
      relation('hasMember', 'user:default/jane'),
    ],
  };
}

function component(
  name: string,
  ownerRef: string,
  options: { system?: string; title?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(options.title && { title: options.title }),
    },
    spec: { type: 'service', lifecycle: 'production', owner: ownerRef },
    relations: [
      relation('ownedBy', ownerRef),
      ...(options.system
        ? [relation('partOf', `system:default/${options.system}`)]
        : []),
    ],
  };
}

export const comparisonCatalog: Entity[] = [
  group('org', { children: ['payments'] }),
  group('payments', {
    parent: 'org',
    children: ['payments-core'],
    title: 'Payments',
  }),
  group('payments-core', { parent: 'payments' }),
  group('search'),
  group('empty-team'),
  component('svc-pay', 'group:default/payments', {
    system: 'shop',
    title: 'Pay API',
  }),
  component('svc-core', 'group:default/payments-core', { system: 'shop' }),
  component('svc-search', 'group:default/search'),
  component('svc-lonely', 'user:default/jane'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'shop', namespace: 'default' },
    spec: { owner: 'payments' },
    relations: [relation('ownedBy', 'group:default/payments')],
  },
];
