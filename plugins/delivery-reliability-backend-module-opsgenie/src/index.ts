/**
 * Opsgenie pull source for the delivery-reliability backend: incidents and alerts.
 *
 * @packageDocumentation
 */
export {};
