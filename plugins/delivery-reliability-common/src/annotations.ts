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

/** Opsgenie component selector of an entity, read by the Opsgenie source module. @public */
export const OPSGENIE_COMPONENT_SELECTOR_ANNOTATION =
  'opsgenie.com/component-selector';

/** Opsgenie team of an entity, read by the Opsgenie source module. @public */
export const OPSGENIE_TEAM_ANNOTATION = 'opsgenie.com/team';

/**
 * Path prefixes (comma-separated) of a monorepo that belong to the entity: a
 * change belongs to it only if it touched one of them. Read by the GitHub module.
 * @public
 */
export const GITHUB_PATH_PREFIXES_ANNOTATION =
  'delivery-reliability.io/github-paths';

/**
 * Which GitHub deployments are the entity's: an environment name pattern
 * (`environment:<glob>`) or a workflow name (`workflow:<name>`).
 * @public
 */
export const GITHUB_DEPLOYMENT_SELECTOR_ANNOTATION =
  'delivery-reliability.io/github-deployments';

/**
 * OpenSLO files of an entity (comma-separated), relative to its
 * `catalog-info.yaml` or absolute URLs, read through the UrlReader.
 * @public
 */
export const OPENSLO_ANNOTATION = 'delivery-reliability.io/openslo';

/** True when the entity points at OpenSLO definitions. @public */
export function hasOpenSloAnnotation(entity: Entity): boolean {
  return Boolean(entity.metadata.annotations?.[OPENSLO_ANNOTATION]);
}

/** Annotations any of which connects an entity to a delivery event source. @public */
export const DELIVERY_SOURCE_ANNOTATIONS = [
  DELIVERY_RELIABILITY_EVENTS_ANNOTATION,
  GITHUB_PROJECT_SLUG_ANNOTATION,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
  OPSGENIE_COMPONENT_SELECTOR_ANNOTATION,
  OPSGENIE_TEAM_ANNOTATION,
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
