import { screen, within } from '@testing-library/react';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { availabilitySlo, gateFor, sloList } from '../../testData/slo';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import { EntityErrorBudgetCard } from './EntityErrorBudgetCard';

async function renderCard(api: DeliveryReliabilityApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <EntityProvider entity={annotatedEntity}>
        <EntityErrorBudgetCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityErrorBudgetCard', () => {
  it('shows the worst status, each budget and the gate decision', async () => {
    const api = fakeDeliveryApi();
    await renderCard(api);

    const card = await screen.findByTestId('entity-error-budget-card');
    await within(card).findByTestId('error-budget-card-slo-availability');
    expect(within(card).getAllByTestId('slo-status')[0]).toHaveTextContent(
      'Frozen',
    );
    await within(card).findByText('Release gate: feature releases denied');
    expect(within(card).getByTestId('error-budget-card-gate')).toHaveAttribute(
      'data-decision',
      'deny',
    );
    const budget = (id: string) =>
      within(
        within(card).getByTestId(`error-budget-card-slo-${id}`),
      ).getByTestId('slo-budget-bar');
    expect(budget('availability')).toHaveTextContent('24 % left');
    expect(budget('latency#1')).toHaveAttribute('data-state', 'overspent');
    expect(budget('latency#1')).toHaveTextContent('overspent by 50 %');
    expect(budget('login-success')).toHaveAttribute('data-state', 'no-data');
    expect(api.getGate).toHaveBeenCalledWith('component:default/checkout', {
      changeType: 'feature',
    });
  });

  it('derives the worst status from the SLOs when the gate is unavailable', async () => {
    const api = fakeDeliveryApi();
    api.getSlos.mockResolvedValue(sloList([availabilitySlo]));
    api.getGate.mockRejectedValue(new Error('gate down'));
    await renderCard(api);

    const card = await screen.findByTestId('entity-error-budget-card');
    expect(
      await within(card).findByText('Release gate: unavailable'),
    ).toBeInTheDocument();
    expect(within(card).getByTestId('slo-status')).toHaveTextContent('At risk');
  });

  it('links to the Reliability tab of the entity', async () => {
    await renderCard(fakeDeliveryApi());

    expect(
      await screen.findByRole('link', {
        name: /SLOs, burn rates and incidents/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/reliability',
    );
  });

  it('says when no SLO is defined', async () => {
    const api = fakeDeliveryApi();
    api.getSlos.mockResolvedValue(sloList([]));
    api.getGate.mockResolvedValue(gateFor([]));
    await renderCard(api);

    expect(
      await screen.findByText(
        /No SLOs are defined yet; the Reliability tab shows how to add one/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = fakeDeliveryApi();
    api.getSlos.mockRejectedValue(new Error('SLO store unavailable'));
    await renderCard(api);

    expect(await screen.findByText(/Could not load SLOs/)).toBeInTheDocument();
  });
});
