/**
 * PagerDuty pull source for the delivery-reliability backend: incidents
 * with severity and resolution times.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityModulePagerDuty as default } from './module';
export { PagerDutyClient } from './api/PagerDutyClient';
export type { PagerDutyIncident, PagerDutyIncidentPage } from './api/types';
export { PagerDutyProvider } from './PagerDutyProvider';
export { readPagerDutyConfig } from './config';
export type { PagerDutyConfig } from './config';
export { toIncidentEvent } from './toIncidentEvent';
export { listServiceScopes } from './listServiceScopes';
