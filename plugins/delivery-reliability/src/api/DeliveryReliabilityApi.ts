import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  DeploymentView,
  IncidentView,
  Page,
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
 * Reads delivery data (deployments, changes, incidents) of an entity from the
 * delivery-reliability backend.
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
}

/** Reference to the {@link DeliveryReliabilityApi}. @public */
export const deliveryReliabilityApiRef = createApiRef<DeliveryReliabilityApi>({
  id: 'plugin.delivery-reliability.service',
});
