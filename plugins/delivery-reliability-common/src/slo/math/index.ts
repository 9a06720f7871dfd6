export * from './precision';
export * from './buckets';
export * from './budget';
export * from './budgetCounts';
export * from './burnAlerts';
export * from './exhaustion';
export * from './openSloAlertRules';
export * from './period';
export {
  parseSloWallTime,
  isValidSloTimeZone,
  sloWallTimeToUtcMs,
} from './zonedTime';
export type { SloWallTime } from './zonedTime';
export * from './evaluateSlo';
export * from './deploymentBurn';
