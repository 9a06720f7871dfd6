export { EntityDeliveryContent } from './EntityDeliveryContent';
