export { ReliabilitySetupEmptyState } from './ReliabilitySetupEmptyState';
