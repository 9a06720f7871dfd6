export { EntityErrorBudgetCard } from './EntityErrorBudgetCard';
export type { EntityErrorBudgetCardProps } from './EntityErrorBudgetCard';
