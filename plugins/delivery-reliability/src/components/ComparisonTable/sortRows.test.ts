import { orgComparison } from '../../testData/comparisonOrg';
import { rowName } from '../ComparisonFilters/rowName';
import { ComparisonSort, sortRows } from './sortRows';

const teams = orgComparison().teams;

function order(column: ComparisonSort['column'], direction: 'asc' | 'desc') {
  return sortRows(teams, { column, direction }).map(rowName);
}

describe('sortRows', () => {
  it('sorts by name', () => {
    expect(order('name', 'asc')).toEqual([
      'Checkout team',
      'Engineering',
      'team-discovery',
      'team-ledger',
      'team-legacy',
      'team-new',
    ]);
  });

  it('sorts by deployment frequency; 0 per day is a value', () => {
    // 0, 2, 10, 75, 85 and 180 deployments in 90 days.
    expect(order('deploymentFrequency', 'asc')).toEqual([
      'team-new',
      'team-legacy',
      'team-ledger',
      'team-discovery',
      'Engineering',
      'Checkout team',
    ]);
  });

  it('puts rows without a value last in both directions', () => {
    // p50 lead time: 10 h, 2 d, 3 d, 9 d, 45 d; team-new has none.
    expect(order('leadTimeForChanges', 'asc')).toEqual([
      'Checkout team',
      'team-discovery',
      'Engineering',
      'team-ledger',
      'team-legacy',
      'team-new',
    ]);
    expect(order('leadTimeForChanges', 'desc')).toEqual([
      'team-legacy',
      'team-ledger',
      'Engineering',
      'team-discovery',
      'Checkout team',
      'team-new',
    ]);
  });

  it('keeps the given order for ties (stable), ascending or descending', () => {
    // Met / with data: legacy 1/2, discovery 3/4, engineering 7/8, checkout 3/3, ledger 4/4.
    expect(order('sloAttainment', 'asc')).toEqual([
      'team-legacy',
      'team-discovery',
      'Engineering',
      'Checkout team',
      'team-ledger',
      'team-new',
    ]);
    expect(order('sloAttainment', 'desc')).toEqual([
      'Checkout team',
      'team-ledger',
      'Engineering',
      'team-discovery',
      'team-legacy',
      'team-new',
    ]);
  });

  it('puts the most urgent verdict first', () => {
    expect(order('verdict', 'asc')).toEqual([
      'team-legacy', // stabilise first
      'Engineering', // stabilise (listed before team-discovery)
      'team-discovery',
      'team-ledger', // ship more often
      'Checkout team', // keep going
      'team-new', // not enough data
    ]);
  });

  it('sorts budgets by frozen, then at-risk, then no-data counts', () => {
    // checkout none; ledger 1 at risk; legacy 1 frozen; discovery 1 frozen
    // + 1 no data; engineering 1 frozen + 1 at risk + 1 no data; team-new no SLOs.
    expect(order('budget', 'asc')).toEqual([
      'Checkout team',
      'team-ledger',
      'team-legacy',
      'team-discovery',
      'Engineering',
      'team-new',
    ]);
  });

  it('sorts the gate by denied services, allow first', () => {
    expect(order('gate', 'asc')).toEqual([
      'Checkout team',
      'team-ledger',
      'Engineering',
      'team-discovery',
      'team-legacy',
      'team-new', // no SLOs: nothing to gate on
    ]);
  });
});
