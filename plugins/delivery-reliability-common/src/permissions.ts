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

/** Every permission of the delivery-reliability plugins. @public */
export const deliveryReliabilityPermissions = [
  deliveryReliabilityEventsCreatePermission,
  deliveryReliabilityRollupsRebuildPermission,
];
