/**
 * The demo SLI source: simulated traffic for `type: demo` metric sources.
 */
export { DemoSliSource } from './DemoSliSource';
export type { DemoSliSourceOptions } from './DemoSliSource';
export { DEMO_SLI_SOURCE_TYPE, isDemoSlo, readDemoSliSpec } from './spec';
export type { DemoSliSignal, DemoSliSpec } from './spec';
export { DEMO_SLI_DEFAULTS } from './traffic';
export type { DemoSliDefaults } from './traffic';
