import { Entity } from '@backstage/catalog-model';

/**
 * Marks an entity whose delivery events are pushed by CI to the ingestion API.
 * Value: `push` (any non-empty value enables the tabs).
 * @public
 */
export const DELIVERY_RELIABILITY_EVENTS_ANNOTATION = 'delivery-reliability.io/events';

/** GitHub repository of an entity, read by the GitHub source module. @public */
export const GITHUB_PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** PagerDuty service of an entity, read by the PagerDuty source module. @public */
export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/** Annotations any of which connects an entity to a delivery event source. @public */
export const DELIVERY_SOURCE_ANNOTATIONS = [
  DELIVERY_RELIABILITY_EVENTS_ANNOTATION,
  GITHUB_PROJECT_SLUG_ANNOTATION,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
];

/**
 * True when the entity names a delivery event source, so its Delivery tab can
 * expect data. Events can still arrive for entities without it.
 * @public
 */
export function isDeliveryReliabilityAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return DELIVERY_SOURCE_ANNOTATIONS.some(a => Boolean(annotations[a]));
}
