/**
 * PagerDuty pull source for the delivery-reliability backend: incidents with severity and postmortem links.
 *
 * @packageDocumentation
 */
export {};
