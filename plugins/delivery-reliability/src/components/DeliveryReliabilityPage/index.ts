export { DeliveryReliabilityPage } from './DeliveryReliabilityPage';
export type { DeliveryReliabilityPageProps } from './DeliveryReliabilityPage';
