import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows writing delivery events (deployments, changes, incidents) through the
 * ingestion API. Granted to CI service principals.
 * @public
 */
export const deliveryReliabilityEventsCreatePermission = createPermission({
  name: 'delivery-reliability.events.create',
  attributes: { action: 'create' },
});

/**
 * Allows recomputing the DORA rollups from the stored raw events
 * (`POST /v1/rollups/rebuild`). Granted to operators' service principals.
 * @public
 */
export const deliveryReliabilityRollupsRebuildPermission = createPermission({
  name: 'delivery-reliability.rollups.rebuild',
  attributes: { action: 'update' },
});

/**
 * Allows recording and deleting SLO maintenance windows
 * (`POST` / `DELETE /v1/maintenance-windows`), which leave planned work out of
 * error budgets. Granted to deployment pipelines' service principals.
 * @public
 */
export const deliveryReliabilityMaintenanceCreatePermission = createPermission({
  name: 'delivery-reliability.maintenance.create',
  attributes: { action: 'create' },
});

/**
 * Allows reading the team comparison (`GET /v1/comparison` and
 * `/v1/comparison.csv`): every team's and service's delivery and
 * reliability figures side by side. Grant it to leads; the entity pages do
 * not need it.
 * @public
 */
export const deliveryReliabilityComparisonReadPermission = createPermission({
  name: 'delivery-reliability.comparison.read',
  attributes: { action: 'read' },
});

/** Every permission of the delivery-reliability plugins. @public */
export const deliveryReliabilityPermissions = [
  deliveryReliabilityEventsCreatePermission,
  deliveryReliabilityRollupsRebuildPermission,
  deliveryReliabilityMaintenanceCreatePermission,
  deliveryReliabilityComparisonReadPermission,
];
