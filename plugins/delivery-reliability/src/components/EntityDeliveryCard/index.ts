export { EntityDeliveryCard } from './EntityDeliveryCard';
export type { EntityDeliveryCardProps } from './EntityDeliveryCard';
