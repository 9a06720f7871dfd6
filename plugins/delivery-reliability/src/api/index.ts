export { deliveryReliabilityApiRef } from './DeliveryReliabilityApi';
export type {
  DeliveryReliabilityApi,
  EntityRefInput,
  GetDeploymentsOptions,
  GetIncidentsOptions,
  PageOptions,
} from './DeliveryReliabilityApi';
export { DeliveryReliabilityClient } from './DeliveryReliabilityClient';
