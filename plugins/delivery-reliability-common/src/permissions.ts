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

/** Every permission of the delivery-reliability plugins. @public */
export const deliveryReliabilityPermissions = [
  deliveryReliabilityEventsCreatePermission,
];
