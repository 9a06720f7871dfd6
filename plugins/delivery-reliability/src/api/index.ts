export { deliveryReliabilityApiRef } from './DeliveryReliabilityApi';
export type {
  DeliveryReliabilityApi,
  DoraSeriesBucket,
  DoraWindowOptions,
  EntityRefInput,
  GetDoraOptions,
  GetDoraSeriesOptions,
  GetDeploymentsOptions,
  GetGateOptions,
  GetSloHistoryOptions,
  GetIncidentsOptions,
  PageOptions,
} from './DeliveryReliabilityApi';
export { DeliveryReliabilityClient } from './DeliveryReliabilityClient';
