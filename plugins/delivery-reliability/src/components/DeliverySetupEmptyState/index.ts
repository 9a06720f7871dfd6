export { DeliverySetupEmptyState } from './DeliverySetupEmptyState';
