import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  OPSGENIE_COMPONENT_SELECTOR_ANNOTATION,
  OPSGENIE_TEAM_ANNOTATION,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { IncidentScope } from '@delivery-reliability/plugin-delivery-reliability-node';

/**
 * The incident query fragment of an entity: its
 * `opsgenie.com/component-selector` as written (an Opsgenie search query,
 * e.g. `tag:"service:checkout"`), else incidents whose responders include
 * its `opsgenie.com/team`.
 * @public
 */
export function queryFragmentOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[OPSGENIE_COMPONENT_SELECTOR_ANNOTATION]?.trim();
  if (selector) return selector;
  const team = annotations[OPSGENIE_TEAM_ANNOTATION]?.trim();
  if (team) return `responders:"${team.replace(/"/g, '\\"')}"`;
  return undefined;
}

/**
 * Catalog entities with either Opsgenie annotation, one scope each (key:
 * the query fragment).
 * @public
 */
export async function listQueryScopes(
  catalog: CatalogService,
  auth: AuthService,
): Promise<IncidentScope[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const byRef = new Map<string, IncidentScope>();
  // One listing per annotation: an entity may carry either or both.
  type Query = NonNullable<
    Parameters<CatalogService['streamEntities']>[0]
  >['query'];
  const queries: Query[] = [
    {
      [`metadata.annotations.${OPSGENIE_COMPONENT_SELECTOR_ANNOTATION}`]: {
        $exists: true,
      },
    },
    { [`metadata.annotations.${OPSGENIE_TEAM_ANNOTATION}`]: { $exists: true } },
  ];
  for (const query of queries) {
    const pages = catalog.streamEntities(
      {
        query,
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        const key = queryFragmentOf(entity);
        const entityRef = stringifyEntityRef(entity);
        if (key) byRef.set(entityRef, { key, entityRef });
      }
    }
  }
  return [...byRef.values()];
}
