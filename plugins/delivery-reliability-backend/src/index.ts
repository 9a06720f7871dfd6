/**
 * Backend plugin of the delivery-reliability plugins: event store,
 * ingestion API (native events and CDEvents) and read API.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityPlugin as default } from './plugin';
