import { DORA_METRIC_TITLES } from '../../utils/doraMetrics';
import { ComparisonSortColumn } from './sortRows';

/** A column of the comparison table. */
export interface ComparisonColumn {
  id: ComparisonSortColumn;
  title: string;
  /** Shown on hovering the header: what the column holds and how it sorts. */
  description: string;
}

/** The columns, left to right. */
export const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  {
    id: 'name',
    title: 'Team / service',
    description:
      'Teams (groups) with every component they or their child teams own',
  },
  {
    id: 'verdict',
    title: 'Verdict',
    description:
      'Ship or stabilise, and why; ascending puts the most urgent first',
  },
  {
    id: 'deploymentFrequency',
    title: DORA_METRIC_TITLES.deploymentFrequency,
    description: 'Production deployments per day (per week below one a day)',
  },
  {
    id: 'leadTimeForChanges',
    title: 'Lead time (p50)',
    description: 'Median time from first commit to production',
  },
  {
    id: 'changeFailureRate',
    title: DORA_METRIC_TITLES.changeFailureRate,
    description: 'Share of production deployments that failed',
  },
  {
    id: 'failedDeploymentRecoveryTime',
    title: 'Recovery time (p50)',
    description: 'Median time to recover from a failed deployment',
  },
  {
    id: 'deploymentReworkRate',
    title: 'Rework rate',
    description:
      'Share of production deployments that were unplanned (DORA publishes no tiers)',
  },
  {
    id: 'sloAttainment',
    title: 'SLOs met',
    description: 'Share of the SLO objectives with data that meet their target',
  },
  {
    id: 'budget',
    title: 'Error budgets',
    description:
      'Objectives by budget status; sorts by frozen, then at-risk, then no-data counts',
  },
  {
    id: 'gate',
    title: 'Release gate',
    description:
      'Whether a feature release may ship now; sorts by services denied',
  },
];
