export { EntityDeliveryReliabilityCard } from './EntityDeliveryReliabilityCard';
export type { EntityDeliveryReliabilityCardProps } from './EntityDeliveryReliabilityCard';
