export { ComparisonTable } from './ComparisonTable';
export type { ComparisonTableProps } from './ComparisonTable';
export { DEFAULT_COMPARISON_SORT, sortRows, sortKey } from './sortRows';
export type { ComparisonSort, ComparisonSortColumn } from './sortRows';
export { VerdictChip } from './VerdictChip';
