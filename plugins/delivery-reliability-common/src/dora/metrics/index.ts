export * from './types';
export * from './results';
export * from './convert';
export * from './dedupe';
export * from './window';
export { nearestRank, nearestRankQuantile } from './quantile';
export { productionDeploymentsOf, isDoraRollback } from './production';
export * from './attribution';
export * from './failedDeployments';
export * from './deploymentFrequency';
export * from './leadTime';
export { changeFailureRate } from './changeFailureRate';
export {
  failedDeploymentRecoveryTime,
  recoveryOf,
  recoveryTimeSamples,
} from './recoveryTime';
export type { RecoverySample } from './recoveryTime';
export * from './reworkRate';
export * from './computeDoraMetrics';
export * from './totals';
