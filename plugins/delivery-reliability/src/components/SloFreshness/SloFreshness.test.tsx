import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { SloFreshness } from './SloFreshness';

describe('SloFreshness', () => {
  it('warns when data is stale and says why on hover', async () => {
    await renderInTestApp(
      <SloFreshness
        freshness={{
          lastBucketAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
          stale: true,
          lastError: 'connect ECONNREFUSED 10.0.0.7:9090',
        }}
      />,
    );

    const chip = screen.getByTestId('slo-freshness');
    expect(chip).toHaveAttribute('data-stale', 'true');
    expect(chip).toHaveTextContent('stale · last data 3 hours ago');
    await userEvent.hover(chip);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Last read failed: connect ECONNREFUSED 10.0.0.7:9090',
    );
  });

  it('is a quiet caption while fresh', async () => {
    await renderInTestApp(
      <SloFreshness
        freshness={{
          lastBucketAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          stale: false,
        }}
      />,
    );

    const caption = screen.getByTestId('slo-freshness');
    expect(caption).toHaveAttribute('data-stale', 'false');
    expect(caption).toHaveTextContent('last data 5 minutes ago');
  });
});
