/**
 * Types, permissions and annotations shared by the delivery-reliability plugins.
 *
 * @packageDocumentation
 */
export * from './events';
export * from './views';
export * from './permissions';
export * from './annotations';
export * from './dora/attributeIncidents';
export * from './dora/metrics';
export * from './dora/tiers';
export * from './dora/sketch';
export * from './dora/api';
export * from './slo';
export * from './verdict';
export * from './overview/api';
export * from './comparison';
