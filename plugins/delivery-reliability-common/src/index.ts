/**
 * Types, permissions and annotations shared by the delivery-reliability plugins.
 *
 * @packageDocumentation
 */
export * from './events';
export * from './views';
export * from './permissions';
export * from './annotations';
