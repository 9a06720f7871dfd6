import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { GITHUB_PROJECT_SLUG_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import { CatalogService } from '@backstage/plugin-catalog-node';

// Only what the sync reads, so a large catalog streams small pages.
const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
];

/**
 * Entities with a `github.com/project-slug` annotation, read with the
 * module's own service credentials. The annotation is checked here, not in
 * the catalog query, to avoid a dependency on @backstage/catalog-client for
 * its CATALOG_FILTER_EXISTS marker.
 * @internal
 */
export async function findAnnotatedEntities(
  catalog: CatalogService,
  auth: AuthService,
): Promise<Entity[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const found: Entity[] = [];
  for await (const page of catalog.streamEntities(
    { fields: FIELDS },
    { credentials },
  )) {
    found.push(
      ...page.filter(
        e => e.metadata.annotations?.[GITHUB_PROJECT_SLUG_ANNOTATION],
      ),
    );
  }
  return found;
}
