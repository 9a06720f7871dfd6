import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryReliabilityApi,
  EntityRefInput,
  GetDeploymentsOptions,
  GetIncidentsOptions,
} from './DeliveryReliabilityApi';

/** Plugin id under which the backend is mounted (`/api/delivery-reliability`). */
const PLUGIN_ID = 'delivery-reliability';

/**
 * {@link DeliveryReliabilityApi} over HTTP, using the app's discovery and
 * (authenticated) fetch APIs.
 * @public
 */
export class DeliveryReliabilityClient implements DeliveryReliabilityApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getDeployments(
    entityRef: EntityRefInput,
    options: GetDeploymentsOptions = {},
  ): Promise<Page<DeploymentView>> {
    return this.get(entityRef, 'deployments', {
      limit: options.limit,
      offset: options.offset,
      environment: options.environment,
    });
  }

  async getIncidents(
    entityRef: EntityRefInput,
    options: GetIncidentsOptions = {},
  ): Promise<Page<IncidentView>> {
    return this.get(entityRef, 'incidents', {
      limit: options.limit,
      offset: options.offset,
    });
  }

  private async get<T>(
    entityRef: EntityRefInput,
    resource: string,
    query: Record<string, string | number | undefined>,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const url = `${baseUrl}/v1/entities/${entityPath(entityRef)}/${resource}`;
    const response = await this.fetchApi.fetch(url + queryString(query));
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

/**
 * `kind/namespace/name`, lower-cased: entity refs are case-insensitive, and one
 * canonical form keeps the backend's lookups and any HTTP caching consistent.
 */
function entityPath(entityRef: EntityRefInput): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind, namespace, name]
    .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
    .join('/');
}

/** `?a=1&b=x` from the defined, non-empty values; empty string when none. */
function queryString(query: Record<string, string | number | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
