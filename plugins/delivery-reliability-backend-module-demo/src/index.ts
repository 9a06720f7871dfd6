/**
 * Demo data source for the delivery-reliability backend: realistic
 * deployments, changes and incidents with no outside service.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityModuleDemo as default } from './module';
export { DemoEventSource } from './DemoEventSource';
export type { DemoEventSourceOptions } from './DemoEventSource';
export { readDemoConfig } from './config';
export type { DemoConfig, DemoServiceConfig } from './config';
export * from './generator';
export * from './sli';
