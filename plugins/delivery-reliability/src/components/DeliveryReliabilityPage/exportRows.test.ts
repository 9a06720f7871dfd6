import { orgComparison } from '../../testData/comparisonOrg';
import {
  filterComparison,
  NO_COMPARISON_FILTER,
} from '../ComparisonFilters/comparisonFilter';
import { comparisonCsvFileName, comparisonExportRows } from './exportRows';

describe('comparisonExportRows', () => {
  it('lists the sorted teams, then each shown service once, then services without a team', () => {
    const filtered = filterComparison(orgComparison(), NO_COMPARISON_FILTER);
    const rows = comparisonExportRows(filtered, {
      column: 'deploymentFrequency',
      direction: 'desc',
    });
    expect(rows.map(r => r.entityRef.split('/')[1])).toEqual([
      // Teams: 180, 85, 75, 10, 2, 0 deployments.
      'team-checkout',
      'engineering',
      'team-discovery',
      'team-ledger',
      'team-legacy',
      'team-new',
      // Services under them in that order, each once: checkout (180);
      // engineering's search (45), recommendations (30), ledger-api (6), ledger-ui (4); …
      'checkout',
      'search',
      'recommendations',
      'ledger-api',
      'ledger-ui',
      'billing-batch',
      'notifications',
      'wiki',
    ]);
  });

  it('names the file after the window', () => {
    expect(
      comparisonCsvFileName({
        from: '2024-02-11T00:00:00.000Z',
        to: '2024-05-11T00:00:00.000Z',
        days: 90,
      }),
    ).toBe('delivery-reliability-2024-02-11-2024-05-11.csv');
  });
});
