import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ComparisonResponse,
  DeploymentBurnResponse,
  DeploymentView,
  DoraResponse,
  DoraSeriesResponse,
  GateResponse,
  IncidentView,
  Page,
  SloHistoryResponse,
  SloListResponse,
  VerdictResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryReliabilityApi,
  DoraWindowOptions,
  EntityRefInput,
  GetComparisonOptions,
  GetDeploymentsOptions,
  GetDoraOptions,
  GetDoraSeriesOptions,
  GetGateOptions,
  GetIncidentsOptions,
  GetSloHistoryOptions,
} from './DeliveryReliabilityApi';

type Query = Record<string, string | number | undefined>;

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

  async getDora(
    entityRef: EntityRefInput,
    options: GetDoraOptions,
  ): Promise<DoraResponse> {
    return this.fetchJson('/v1/dora', {
      entityRef: canonicalRef(entityRef),
      from: rfc3339(options.from),
      to: rfc3339(options.to),
      environment: options.environment,
      breakdown:
        options.breakdown === undefined ? undefined : String(options.breakdown),
    });
  }

  async getDoraSeries(
    entityRef: EntityRefInput,
    options: GetDoraSeriesOptions,
  ): Promise<DoraSeriesResponse> {
    return this.fetchJson('/v1/dora/series', {
      entityRef: canonicalRef(entityRef),
      from: rfc3339(options.from),
      to: rfc3339(options.to),
      bucket: options.bucket,
      environment: options.environment,
    });
  }

  async getSlos(entityRef: EntityRefInput): Promise<SloListResponse> {
    return this.fetchJson('/v1/slos', { entityRef: canonicalRef(entityRef) });
  }

  async getSloHistory(
    entityRef: EntityRefInput,
    sloId: string,
    options: GetSloHistoryOptions,
  ): Promise<SloHistoryResponse> {
    // Ids of later objectives hold `#` (`latency#1`), which must not start a fragment.
    return this.fetchJson(`/v1/slos/${encodeURIComponent(sloId)}/history`, {
      entityRef: canonicalRef(entityRef),
      from: rfc3339(options.from),
      to: rfc3339(options.to),
      step: options.step,
    });
  }

  async getGate(
    entityRef: EntityRefInput,
    options: GetGateOptions,
  ): Promise<GateResponse> {
    return this.fetchJson('/v1/gate', {
      entityRef: canonicalRef(entityRef),
      changeType: options.changeType,
    });
  }

  async getVerdict(
    entityRef: EntityRefInput,
    options: DoraWindowOptions,
  ): Promise<VerdictResponse> {
    return this.fetchJson('/v1/verdict', windowQuery(entityRef, options));
  }

  async getDeploymentBurn(
    entityRef: EntityRefInput,
    options: DoraWindowOptions,
  ): Promise<DeploymentBurnResponse> {
    return this.fetchJson(
      '/v1/deployment-burn',
      windowQuery(entityRef, options),
    );
  }

  async getComparison(
    options: GetComparisonOptions,
  ): Promise<ComparisonResponse> {
    return this.fetchJson('/v1/comparison', {
      from: rfc3339(options.from),
      to: rfc3339(options.to),
      environment: options.environment,
    });
  }

  private async get<T>(
    entityRef: EntityRefInput,
    resource: string,
    query: Query,
  ): Promise<T> {
    return this.fetchJson(
      `/v1/entities/${entityPath(entityRef)}/${resource}`,
      query,
    );
  }

  private async fetchJson<T>(path: string, query: Query): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${queryString(query)}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

/** `kind:namespace/name`, lower-cased, for the same reason as {@link entityPath}. */
function canonicalRef(entityRef: EntityRefInput): string {
  return stringifyEntityRef(parseEntityRef(entityRef)).toLocaleLowerCase(
    'en-US',
  );
}

/** RFC 3339 in UTC, without milliseconds when they are zero (whole days are). */
function rfc3339(time: Date | string): string {
  if (typeof time === 'string') {
    return time;
  }
  return time.toISOString().replace(/\.000Z$/, 'Z');
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
function queryString(query: Query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function windowQuery(entityRef: EntityRefInput, options: DoraWindowOptions) {
  return {
    entityRef: canonicalRef(entityRef),
    from: rfc3339(options.from),
    to: rfc3339(options.to),
    environment: options.environment,
  };
}
