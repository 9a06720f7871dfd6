import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PAGERDUTY_SERVICE_ID_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import { IncidentScope } from '@delivery-reliability/plugin-delivery-reliability-node';

/**
 * Catalog entities annotated with `pagerduty.com/service-id`, as one scope
 * per entity (key: the PagerDuty service id).
 * @public
 */
export async function listServiceScopes(
  catalog: CatalogService,
  auth: AuthService,
): Promise<IncidentScope[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const scopes: IncidentScope[] = [];
  const pages = catalog.streamEntities(
    {
      query: {
        [`metadata.annotations.${PAGERDUTY_SERVICE_ID_ANNOTATION}`]: {
          $exists: true,
        },
      },
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
      const key =
        entity.metadata.annotations?.[PAGERDUTY_SERVICE_ID_ANNOTATION]?.trim();
      if (key) scopes.push({ key, entityRef: stringifyEntityRef(entity) });
    }
  }
  return scopes;
}
