/**
 * GitHub pull source for the delivery-reliability backend: deployments, pull requests and commits with backfill and monorepo attribution.
 *
 * @packageDocumentation
 */
export {};
