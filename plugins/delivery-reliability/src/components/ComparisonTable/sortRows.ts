import {
  ComparisonRow,
  DoraMetricName,
  VerdictKind,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { doraHeadlineValue } from '../../utils/doraMetrics';
import { rowName } from '../ComparisonFilters/rowName';

/** The columns the comparison table sorts by. */
export type ComparisonSortColumn =
  | 'name'
  | 'verdict'
  | DoraMetricName
  | 'sloAttainment'
  | 'budget'
  | 'gate';

/** A column and direction. */
export interface ComparisonSort {
  column: ComparisonSortColumn;
  direction: 'asc' | 'desc';
}

/** Teams by name, A to Z. */
export const DEFAULT_COMPARISON_SORT: ComparisonSort = {
  column: 'name',
  direction: 'asc',
};

/** Ascending verdicts put the most urgent first. */
const VERDICT_RANK: Record<VerdictKind, number> = {
  'stabilise-first': 0,
  stabilise: 1,
  'ship-more-often': 2,
  'keep-going': 3,
  'not-enough-data': 4,
};

/**
 * The value a row is sorted by in a column; `null` sorts last either way.
 * DORA columns use the headline value (per day, p50 seconds, ratio); budget
 * sorts by frozen, then at-risk, then no-data counts (fewest problems first);
 * the gate by the services it denies (allow = 0).
 */
export function sortKey(
  row: ComparisonRow,
  column: ComparisonSortColumn,
): number | string | null {
  switch (column) {
    case 'name':
      return rowName(row);
    case 'verdict':
      return VERDICT_RANK[row.verdict.kind];
    case 'sloAttainment':
      return row.slo.attainmentRatio;
    case 'budget': {
      if (row.slo.objectives === 0) return null;
      const counts = row.slo.statusCounts;
      // Lexicographic (frozen, at-risk, no-data) as one number; counts stay < 1000.
      return counts.frozen * 1e6 + counts['at-risk'] * 1e3 + counts['no-data'];
    }
    case 'gate':
      if (row.gate.decision === null) return null;
      return row.gate.decision === 'deny'
        ? Math.max(1, row.gate.deniedServices)
        : 0;
    default:
      return doraHeadlineValue(column, row.dora);
  }
}

/**
 * The rows sorted by a column: stable (ties keep their order), rows without
 * a value last in both directions.
 */
export function sortRows<T extends ComparisonRow>(
  rows: readonly T[],
  sort: ComparisonSort,
): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: sortKey(row, sort.column) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return a.index - b.index;
        return a.key === null ? 1 : -1;
      }
      const order =
        typeof a.key === 'string' && typeof b.key === 'string'
          ? a.key.localeCompare(b.key)
          : Number(a.key) - Number(b.key);
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(entry => entry.row);
}
