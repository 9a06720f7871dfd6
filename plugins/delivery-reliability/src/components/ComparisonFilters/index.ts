export { ComparisonFilters } from './ComparisonFilters';
export type { ComparisonFiltersProps } from './ComparisonFilters';
export {
  filterComparison,
  NO_COMPARISON_FILTER,
  teamAndDescendants,
} from './comparisonFilter';
export type {
  ComparisonFilter,
  ComparisonTeamView,
  FilteredComparison,
} from './comparisonFilter';
export { groupOptions, systemOptions } from './filterOptions';
export type { GroupOption } from './filterOptions';
export { rowTier, TIERED_METRICS, DORA_TIERS } from './rowTier';
export type { TierFilterMetric } from './rowTier';
export { rowName } from './rowName';
