export { SloBudgetBar, budgetBarState } from './SloBudgetBar';
export type { BudgetBarState } from './SloBudgetBar';
