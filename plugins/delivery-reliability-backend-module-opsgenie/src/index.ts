/**
 * Opsgenie pull source for the delivery-reliability backend: incidents with
 * priority-based severity and resolution times.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityModuleOpsgenie as default } from './module';
export { OpsgenieClient, windowQuery } from './api/OpsgenieClient';
export type { OpsgenieIncident, OpsgenieIncidentPage } from './api/types';
export { OpsgenieProvider } from './OpsgenieProvider';
export { readOpsgenieConfig } from './config';
export type { OpsgenieConfig } from './config';
export { toIncidentEvent } from './toIncidentEvent';
export { listQueryScopes, queryFragmentOf } from './listQueryScopes';
