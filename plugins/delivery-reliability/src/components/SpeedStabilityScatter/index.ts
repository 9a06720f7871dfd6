export { SpeedStabilityScatter } from './SpeedStabilityScatter';
export type { SpeedStabilityScatterProps } from './SpeedStabilityScatter';
