/**
 * Delivery (DORA) and reliability tabs and cards for Backstage entity pages.
 *
 * @packageDocumentation
 */
export {
  deliveryReliabilityPlugin,
  DeliveryReliabilityPage,
  EntityDeliveryCard,
  EntityDeliveryContent,
  EntityDeliveryReliabilityCard,
  EntityDeliveryReliabilityContent,
  EntityErrorBudgetCard,
  EntityReliabilityContent,
  EntityTeamDeliveryContent,
} from './plugin';
export type { EntityDeliveryCardProps } from './components/EntityDeliveryCard';
export type { EntityErrorBudgetCardProps } from './components/EntityErrorBudgetCard';
export type { EntityDeliveryReliabilityCardProps } from './components/EntityDeliveryReliabilityCard';
export type { EntityDeliveryReliabilityContentProps } from './components/EntityDeliveryReliabilityContent';
export type { DeliveryReliabilityPageProps } from './components/DeliveryReliabilityPage';
export * from './api';
// Re-exported so an app's EntityPage needs only this package for `if={…}`.
export {
  isDeliveryReliabilityAvailable,
  DELIVERY_RELIABILITY_EVENTS_ANNOTATION,
  hasOpenSloAnnotation,
  OPENSLO_ANNOTATION,
} from '@delivery-reliability/plugin-delivery-reliability-common';
