import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ComparisonResponse,
  DeploymentBurnResponse,
  DeploymentView,
  DoraResponse,
  DoraSeriesResponse,
  GateResponse,
  IncidentView,
  Page,
  ReleaseChangeType,
  SloHistoryResponse,
  SloListResponse,
  VerdictResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * An entity given as a string ref (`component:default/checkout`) or in
 * compound form.
 * @public
 */
export type EntityRefInput = string | CompoundEntityRef;

/** Paging of a newest-first listing; the backend defaults to 50, max 500. @public */
export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** Options of {@link DeliveryReliabilityApi.getDeployments}. @public */
export interface GetDeploymentsOptions extends PageOptions {
  /** Only deployments to this environment, e.g. `production`. */
  environment?: string;
}

/** Options of {@link DeliveryReliabilityApi.getIncidents}. @public */
export type GetIncidentsOptions = PageOptions;

/**
 * A half-open window `[from, to)`; `Date`s are sent as RFC 3339 in UTC,
 * strings are sent as given.
 * @public
 */
export interface DoraWindowOptions {
  from: Date | string;
  to: Date | string;
  /**
   * Count deployments to this environment instead of the backend's
   * configured production environments.
   */
  environment?: string;
}

/** Options of {@link DeliveryReliabilityApi.getDora}. @public */
export interface GetDoraOptions extends DoraWindowOptions {
  /** Also answer per-component metrics (for a System or Group). */
  breakdown?: boolean;
}

/** Bucket size of a DORA series: ISO weeks or calendar months (UTC). @public */
export type DoraSeriesBucket = DoraSeriesResponse['bucket'];

/** Options of {@link DeliveryReliabilityApi.getDoraSeries}. @public */
export interface GetDoraSeriesOptions extends DoraWindowOptions {
  bucket: DoraSeriesBucket;
}

/** Options of {@link DeliveryReliabilityApi.getSloHistory}. @public */
export interface GetSloHistoryOptions {
  /** First point; `Date`s are sent as RFC 3339 in UTC. */
  from: Date | string;
  /** Last point (inclusive). */
  to: Date | string;
  /** Distance between points as a duration shorthand, e.g. `1h`; the backend picks one when absent. */
  step?: string;
}

/** Options of {@link DeliveryReliabilityApi.getGate}. @public */
export interface GetGateOptions {
  /** What is being released; hotfix and security changes may pass a freeze. */
  changeType: ReleaseChangeType;
}

/** Options of {@link DeliveryReliabilityApi.getComparison}. @public */
export type GetComparisonOptions = DoraWindowOptions;

/**
 * Reads delivery data (deployments, changes, incidents, DORA metrics) and
 * reliability data (SLOs, their history, the release gate) of an entity from
 * the delivery-reliability backend.
 * @public
 */
export interface DeliveryReliabilityApi {
  /** Deployments of an entity, newest first, each with its changes and attributed incidents. */
  getDeployments(
    entityRef: EntityRefInput,
    options?: GetDeploymentsOptions,
  ): Promise<Page<DeploymentView>>;

  /** Incidents of an entity, newest first. */
  getIncidents(
    entityRef: EntityRefInput,
    options?: GetIncidentsOptions,
  ): Promise<Page<IncidentView>>;

  /**
   * The five DORA metrics of a Component, System or Group over a window, with
   * the previous window of the same length for deltas, and per-component
   * metrics when `breakdown` is set.
   */
  getDora(
    entityRef: EntityRefInput,
    options: GetDoraOptions,
  ): Promise<DoraResponse>;

  /** The five DORA metrics per week or month of a window, for trend charts. */
  getDoraSeries(
    entityRef: EntityRefInput,
    options: GetDoraSeriesOptions,
  ): Promise<DoraSeriesResponse>;

  /** Every objective of the entity's SLOs evaluated now, and any OpenSLO definition issues. */
  getSlos(entityRef: EntityRefInput): Promise<SloListResponse>;

  /** The budget of one SLO objective (`SloSummary.id`) at points over a window. */
  getSloHistory(
    entityRef: EntityRefInput,
    sloId: string,
    options: GetSloHistoryOptions,
  ): Promise<SloHistoryResponse>;

  /** The release gate's decision for a change of the given type, with reasons. */
  getGate(
    entityRef: EntityRefInput,
    options: GetGateOptions,
  ): Promise<GateResponse>;

  /**
   * The ship-or-stabilise verdict of a Component, System or Group over a
   * window, with its reasons and the thresholds in force.
   */
  getVerdict(
    entityRef: EntityRefInput,
    options: DoraWindowOptions,
  ): Promise<VerdictResponse>;

  /**
   * For each production deployment of a Component in a window, the error
   * budget its SLOs consumed in the hour after it against the hour before.
   */
  getDeploymentBurn(
    entityRef: EntityRefInput,
    options: DoraWindowOptions,
  ): Promise<DeploymentBurnResponse>;

  /**
   * Every team and service side by side over a window: DORA values and
   * trends, SLO attainment, budget statuses, gate and verdict. Needs the
   * `delivery-reliability.comparison.read` permission.
   */
  getComparison(options: GetComparisonOptions): Promise<ComparisonResponse>;
}

/** Reference to the {@link DeliveryReliabilityApi}. @public */
export const deliveryReliabilityApiRef = createApiRef<DeliveryReliabilityApi>({
  id: 'plugin.delivery-reliability.service',
});
