export { SloBudgetList } from './SloBudgetList';
export type { SloBudgetListProps } from './SloBudgetList';
