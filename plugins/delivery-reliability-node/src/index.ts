/**
 * Extension points for delivery-reliability data-source modules.
 *
 * @packageDocumentation
 */
export * from './eventSources';
export * from './sliSources';
export * from './polling';
