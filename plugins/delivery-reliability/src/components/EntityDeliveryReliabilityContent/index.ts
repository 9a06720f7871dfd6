export { EntityDeliveryReliabilityContent } from './EntityDeliveryReliabilityContent';
export type { EntityDeliveryReliabilityContentProps } from './EntityDeliveryReliabilityContent';
export { SloStatusCounts } from './SloStatusCounts';
