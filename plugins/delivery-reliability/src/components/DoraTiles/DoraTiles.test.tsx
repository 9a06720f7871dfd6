import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { DoraMetricName } from '@delivery-reliability/plugin-delivery-reliability-common';
import { doraResponse, emptyReport } from '../../testData/dora';
import { DoraTiles } from './DoraTiles';

const response = doraResponse('component:default/checkout', {
  from: '2024-02-11T00:00:00Z',
  to: '2024-05-11T00:00:00Z',
});

function tile(metric: DoraMetricName) {
  const element = screen.getByTestId(`dora-tile-${metric}`);
  const delta = within(element).getByTestId('dora-delta');
  return {
    element,
    value: within(element).getByTestId('dora-value').textContent,
    unit: within(element).queryByTestId('dora-unit')?.textContent,
    counts: within(element).getByTestId('dora-counts').textContent,
    badge: within(element).queryByTestId('dora-tier-badge')?.textContent,
    delta: delta.textContent,
    verdict: delta.getAttribute('data-verdict'),
  };
}

describe('DoraTiles', () => {
  it('shows each value with unit, counts, tier with its table, and delta', async () => {
    await renderInTestApp(<DoraTiles response={response} />);

    expect(tile('deploymentFrequency')).toMatchObject({
      value: '3.3',
      unit: '/week',
      counts: '42 deployments',
      badge: 'High · DORA 2023',
      delta: '+40 % vs previous 90 days (better)',
      verdict: 'better',
    });
    const leadTime = tile('leadTimeForChanges');
    expect(leadTime).toMatchObject({
      value: '2 d 3 h',
      counts: '118 changes',
      badge: 'High · DORA 2023',
      delta: '−29 % vs previous 90 days (better)',
      verdict: 'better',
    });
    expect(leadTime.element).toHaveTextContent('p90 5 d 4 h');
    expect(tile('changeFailureRate')).toMatchObject({
      value: '7.1',
      unit: '%',
      counts: '3 of 42 failed',
      badge: 'High · DORA 2023',
      delta: '+0.48 pp vs previous 90 days (worse)',
      verdict: 'worse',
    });
    expect(tile('failedDeploymentRecoveryTime')).toMatchObject({
      value: '1 h 30 min',
      counts: '2 of 3 failures recovered, 1 open',
      delta: '±0 vs previous 90 days',
      verdict: 'flat',
    });
    expect(tile('deploymentReworkRate')).toMatchObject({
      value: '11.9',
      unit: '%',
      counts: '5 of 42 unplanned',
      badge: undefined,
      delta: '+1.9 pp vs previous 90 days (worse)',
      verdict: 'worse',
    });
  });

  it('shows the exact rule with the thresholds of the table on hover', async () => {
    await renderInTestApp(<DoraTiles response={response} />);

    const { element } = tile('changeFailureRate');
    await userEvent.hover(within(element).getByTestId('dora-tile-title'));

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(
      'Failed ÷ all production deployments finished in the window.',
    );
    expect(tooltip).toHaveTextContent(
      'Tiers (DORA 2023): elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, else low.',
    );
  });

  it('shows dashes, zero counts and no tier when nothing was measured', async () => {
    await renderInTestApp(
      <DoraTiles
        response={{ ...response, metrics: emptyReport, previous: emptyReport }}
      />,
    );

    expect(tile('leadTimeForChanges')).toMatchObject({
      value: '—',
      counts: '0 changes',
      badge: undefined,
      delta: 'no comparison with the previous 90 days',
    });
    expect(tile('deploymentFrequency')).toMatchObject({
      value: '0',
      unit: '/week',
      badge: 'Low · DORA 2023',
      delta: '±0 vs previous 90 days',
    });
  });
});
