import { screen, within } from '@testing-library/react';
import { sloList } from '../../testData/slo';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import { checkoutApi, renderTab } from './__testUtils__/overviewTab';

jest.setTimeout(30_000);

describe('EntityDeliveryReliabilityContent', () => {
  it('shows the verdict on top, DORA tiles and SLOs side by side, and the burn list', async () => {
    const api = checkoutApi();
    await renderTab(api, annotatedEntity);

    const banner = await screen.findByRole('region', { name: 'verdict' });
    expect(banner).toHaveAttribute('data-kind', 'stabilise');
    expect(within(banner).getByTestId('verdict-headline')).toHaveTextContent(
      'stabilise: 1 SLO frozen',
    );

    const delivery = screen.getByTestId('overview-delivery');
    expect(
      await within(delivery).findByTestId('dora-tile-deploymentFrequency'),
    ).toHaveTextContent('42 deployments');
    expect(
      within(delivery)
        .getAllByTestId('dora-tile-title')
        .map(t => t.textContent),
    ).toEqual([
      'Deployment frequency',
      'Lead time for changes',
      'Change failure rate',
      'Failed deployment recovery time',
      'Deployment rework rate',
    ]);

    const reliability = screen.getByTestId('overview-reliability');
    // The counts the verdict used: 1 frozen, 1 at risk, 1 without data.
    expect(
      within(reliability).getByTestId('slo-status-counts').textContent,
    ).toBe('1 ×Frozen1 ×At risk1 ×No data');
    expect(
      await within(reliability).findByText(
        'Release gate: feature releases denied',
      ),
    ).toBeInTheDocument();
    expect(
      within(
        await within(reliability).findByTestId('overview-slo-latency#1'),
      ).getByTestId('slo-budget-bar'),
    ).toHaveTextContent('overspent by 50 %');
    expect(
      within(reliability).getByTestId('overview-slo-availability'),
    ).toHaveTextContent('24 % left');

    const burn = await screen.findByTestId('deployment-burn-dep-12');
    expect(within(burn).getByTestId('burn-delta')).toHaveTextContent('+2.8 %');
  });

  it('links both sides to the Delivery and Reliability tabs', async () => {
    await renderTab(checkoutApi(), annotatedEntity);
    await screen.findByRole('region', { name: 'verdict' });

    expect(
      screen.getByRole('link', { name: /Trends, deployments and incidents/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout/delivery');
    expect(
      screen.getByRole('link', {
        name: /SLOs, burn rates and the release gate/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/reliability',
    );
  });

  it('guides setup when the component has neither events nor SLOs', async () => {
    const api = checkoutApi();
    api.getDeployments.mockResolvedValue({
      items: [],
      totalCount: 0,
      limit: 20,
      offset: 0,
    });
    api.getSlos.mockResolvedValue(sloList([]));
    await renderTab(api, annotatedEntity);

    const empty = await screen.findByTestId('overview-setup-empty-state');
    expect(
      within(empty).getByTestId('delivery-setup-empty-state'),
    ).toBeInTheDocument();
    expect(
      within(empty).getByTestId('reliability-setup-empty-state'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'verdict' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the overview when only events are missing, and says so', async () => {
    const api = checkoutApi();
    api.getDeployments.mockResolvedValue({
      items: [],
      totalCount: 0,
      limit: 20,
      offset: 0,
    });
    await renderTab(api, annotatedEntity);

    expect(
      await screen.findByText(
        'No deployment has been reported yet; the Delivery tab shows how to send events.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'verdict' }),
    ).toBeInTheDocument();
  });

  it('shows the verdict error without hiding the rest', async () => {
    const api = checkoutApi();
    api.getVerdict.mockRejectedValue(new Error('verdict unavailable'));
    await renderTab(api, annotatedEntity);

    expect(
      await screen.findByText(/Could not load the verdict/),
    ).toBeInTheDocument();
    expect(
      await screen.findByTestId('dora-tile-deploymentFrequency'),
    ).toBeInTheDocument();
    expect(
      await screen.findByTestId('deployment-burn-dep-12'),
    ).toBeInTheDocument();
  });
});
