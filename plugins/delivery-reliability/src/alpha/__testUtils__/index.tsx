import { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';

/** Test helpers for the /alpha extensions (not imported by production code). */

/** A Group (team) entity. */
export const teamEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-checkout' },
  spec: { type: 'team', children: [] },
};

/** A System entity. */
export const systemEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop' },
  spec: { owner: 'team-checkout' },
};

/** A component of the given `spec.type`, e.g. `library`. */
export function componentOfType(type: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `a-${type}` },
    spec: { type, owner: 'team-checkout', lifecycle: 'production' },
  };
}

/**
 * Names of the sample entities (a service, a website, a library, a team and
 * a system) that an extension's entity filter lets through.
 */
export function sampleEntitiesShown(filter: unknown): string[] {
  if (typeof filter !== 'function') {
    throw new Error('the extension has no entity filter function');
  }
  return ['service', 'website', 'library']
    .map(componentOfType)
    .concat(teamEntity, systemEntity)
    .filter(entity => filter(entity))
    .map(entity => entity.metadata.name);
}

/**
 * Renders an extension's element, as built by `createExtensionTester`, on
 * the page of `entity` in a new-frontend-system test app, with `api` as the
 * delivery-reliability API and the catalog's entity route mounted (cards and
 * tables link to entity pages).
 */
export function renderEntityExtension(
  extension: ExtensionDefinition<any>,
  entity: Entity,
  api: Partial<DeliveryReliabilityApi>,
) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      {createExtensionTester(extension).reactElement()}
    </EntityProvider>,
    {
      apis: [[deliveryReliabilityApiRef, api]],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

/**
 * How long to wait for an extension's first content: its loader imports the
 * component lazily, and the first import in a test file compiles it.
 */
export const FIRST_LOAD = { timeout: 30_000 };
