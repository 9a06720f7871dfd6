export { DoraSummary } from './DoraSummary';
export type { DoraSummaryProps } from './DoraSummary';
