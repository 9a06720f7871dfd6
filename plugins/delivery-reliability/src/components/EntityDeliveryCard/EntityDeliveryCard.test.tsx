import { screen, within } from '@testing-library/react';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import { EntityDeliveryCard } from './EntityDeliveryCard';

async function renderCard(api: DeliveryReliabilityApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <EntityProvider entity={annotatedEntity}>
        <EntityDeliveryCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityDeliveryCard', () => {
  it('shows the five values with tiers of the last 90 days', async () => {
    const api = fakeDeliveryApi();
    await renderCard(api);

    const frequency = await screen.findByTestId(
      'dora-card-deploymentFrequency',
    );
    expect(frequency).toHaveTextContent('3.3/week');
    expect(within(frequency).getByTestId('dora-tier-badge')).toHaveTextContent(
      'High',
    );
    expect(
      screen.getByTestId('dora-card-leadTimeForChanges'),
    ).toHaveTextContent('2 d 3 h');
    expect(screen.getByTestId('dora-card-changeFailureRate')).toHaveTextContent(
      '7.1 %',
    );
    expect(
      screen.getByTestId('dora-card-failedDeploymentRecoveryTime'),
    ).toHaveTextContent('1 h 30 min');
    const rework = screen.getByTestId('dora-card-deploymentReworkRate');
    expect(rework).toHaveTextContent('11.9 %');
    expect(
      within(rework).queryByTestId('dora-tier-badge'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('Last 90 days · tiers: DORA 2023'),
    ).toBeInTheDocument();

    const { from, to } = api.getDora.mock.calls[0][1];
    expect(
      (new Date(to).getTime() - new Date(from).getTime()) / 86_400_000,
    ).toBe(90);
  });

  it('links to the Delivery tab of the entity', async () => {
    await renderCard(fakeDeliveryApi());

    expect(
      await screen.findByRole('link', {
        name: /Deployments, trends and rules/,
      }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout/delivery');
  });

  it('shows the backend error', async () => {
    const api = fakeDeliveryApi();
    api.getDora.mockRejectedValue(new Error('DORA endpoint unavailable'));
    await renderCard(api);

    expect(
      await screen.findByText(/Could not load DORA metrics/),
    ).toBeInTheDocument();
  });
});
