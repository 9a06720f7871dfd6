/**
 * Prometheus SLI source for the delivery-reliability backend.
 *
 * @packageDocumentation
 */
export {};
