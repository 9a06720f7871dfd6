import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { orgComparison } from '../../testData/comparisonOrg';
import {
  filterComparison,
  NO_COMPARISON_FILTER,
} from '../ComparisonFilters/comparisonFilter';
import { ComparisonTable } from './ComparisonTable';
import { DEFAULT_COMPARISON_SORT } from './sortRows';

function Harness() {
  const org = orgComparison();
  const [sort, setSort] = useState(DEFAULT_COMPARISON_SORT);
  return (
    <ComparisonTable
      teams={filterComparison(org, NO_COMPARISON_FILTER).teams}
      tierTable={org.tierTable}
      previousDays={90}
      sort={sort}
      onSortChange={setSort}
    />
  );
}

async function renderTable() {
  await renderInTestApp(<Harness />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

const teamNames = () =>
  screen
    .getAllByTestId('comparison-team-row')
    .map(row => row.getAttribute('aria-label'));
const serviceNames = () =>
  screen
    .queryAllByTestId('comparison-service-row')
    .map(row => row.getAttribute('aria-label'));
const cell = (row: HTMLElement, id: string) => within(row).getByTestId(id);

jest.setTimeout(20_000);

describe('ComparisonTable', () => {
  it("shows a team's verdict, DORA values with tiers and trends, SLOs and gate", async () => {
    await renderTable();
    expect(teamNames()).toEqual([
      'Checkout team',
      'Engineering',
      'team-discovery',
      'team-ledger',
      'team-legacy',
      'team-new',
    ]);

    const ledger = screen.getByRole('row', { name: 'team-ledger' });
    expect(
      within(ledger).getByRole('link', { name: 'team-ledger' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-ledger');
    expect(ledger).toHaveTextContent('2 services · in Engineering');
    expect(cell(ledger, 'comparison-verdict')).toHaveTextContent(
      'Ship more often',
    );
    expect(cell(ledger, 'comparison-verdict-detail')).toHaveTextContent(
      'deploys 0.8/week (medium), lead time 9 d (medium)',
    );

    // 10 deployments in 90 days = 0.78 a week, medium; 15 before: 33 % fewer, worse.
    const frequency = cell(ledger, 'comparison-deploymentFrequency');
    expect(frequency).toHaveTextContent('0.78/week');
    expect(frequency).toHaveTextContent('10 deployments');
    expect(within(frequency).getByTestId('dora-tier-badge')).toHaveTextContent(
      'Medium',
    );
    const trend = within(frequency).getByTestId('comparison-trend');
    expect(trend).toHaveAttribute('data-verdict', 'worse');
    expect(trend).toHaveAccessibleName(
      '−33 % vs previous 90 days (1.2/week), worse',
    );

    // Lead time 9 d against 7 d before: up 29 %, worse.
    const leadTime = cell(ledger, 'comparison-leadTimeForChanges');
    expect(leadTime).toHaveTextContent('9 d');
    expect(
      within(leadTime).getByTestId('comparison-trend'),
    ).toHaveAccessibleName('+29 % vs previous 90 days (7 d), worse');
    // No failures: 0 %, elite; no recovery time; rework has no tier.
    expect(cell(ledger, 'comparison-changeFailureRate')).toHaveTextContent(
      '0 %',
    );
    expect(
      cell(ledger, 'comparison-failedDeploymentRecoveryTime'),
    ).toHaveTextContent('—');

    expect(cell(ledger, 'comparison-slo-attainment')).toHaveTextContent(
      '100 %4 of 4 met',
    );
    const budget = cell(ledger, 'comparison-budget');
    expect(
      [...budget.querySelectorAll('[data-status]')].map(c => c.textContent),
    ).toEqual(['1 At risk', '3 OK']);
    expect(cell(ledger, 'comparison-gate')).toHaveTextContent('Allow');
  });

  it('shows trends that improved in green and flat ones without a verdict', async () => {
    await renderTable();
    const checkout = screen.getByRole('row', { name: 'Checkout team' });
    // 180 deployments against 120: +50 %; 9 of 180 failed against 6 of 120: both 5 %.
    const frequency = cell(checkout, 'comparison-deploymentFrequency');
    expect(within(frequency).getByTestId('comparison-trend')).toHaveAttribute(
      'data-verdict',
      'better',
    );
    expect(
      within(cell(checkout, 'comparison-changeFailureRate')).getByTestId(
        'comparison-trend',
      ),
    ).toHaveAttribute('data-verdict', 'flat');
  });

  it('expands a team to its services', async () => {
    await renderTable();
    const discovery = screen.getByRole('row', { name: 'team-discovery' });
    expect(discovery).toHaveAttribute('aria-expanded', 'false');
    expect(serviceNames()).toEqual([]);

    await userEvent.click(
      within(discovery).getByRole('button', {
        name: 'Show services of team-discovery',
      }),
    );
    expect(discovery).toHaveAttribute('aria-expanded', 'true');
    expect(serviceNames()).toEqual(['recommendations', 'search']);

    const search = screen.getByRole('row', { name: 'search' });
    expect(cell(search, 'comparison-changeFailureRate')).toHaveTextContent(
      '20 %',
    );
    expect(cell(search, 'comparison-verdict')).toHaveTextContent(
      'Stabilise1 SLO frozen, CFR 20 %',
    );
    expect(cell(search, 'comparison-gate')).toHaveTextContent('Deny');
    expect(cell(discovery, 'comparison-gate')).toHaveTextContent(
      'Deny1 service denied',
    );

    await userEvent.click(
      within(discovery).getByRole('button', {
        name: 'Hide services of team-discovery',
      }),
    );
    expect(serviceNames()).toEqual([]);
  });

  it('sorts teams and their services by a column, rows without a value last', async () => {
    await renderTable();
    await userEvent.click(
      within(screen.getByRole('row', { name: 'team-discovery' })).getByRole(
        'button',
        {
          name: /Show services/,
        },
      ),
    );
    const header = screen.getByRole('button', { name: 'Change failure rate' });

    await userEvent.click(header);
    // 0 %, 5 %, 14.1 %, 16 %, 50 %; team-new deployed nothing.
    expect(teamNames()).toEqual([
      'team-ledger',
      'Checkout team',
      'Engineering',
      'team-discovery',
      'team-legacy',
      'team-new',
    ]);
    expect(serviceNames()).toEqual(['recommendations', 'search']); // 10 %, 20 %
    expect(
      screen.getByRole('columnheader', { name: /Change failure rate/ }),
    ).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(header);
    expect(teamNames()).toEqual([
      'team-legacy',
      'team-discovery',
      'Engineering',
      'Checkout team',
      'team-ledger',
      'team-new',
    ]);
    expect(serviceNames()).toEqual(['search', 'recommendations']);
  });
});
