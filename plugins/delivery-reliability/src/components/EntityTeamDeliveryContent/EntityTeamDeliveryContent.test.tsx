import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';
import { doraResponse, teamBreakdown } from '../../testData/dora';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { EntityTeamDeliveryContent } from './EntityTeamDeliveryContent';

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-checkout' },
  spec: { type: 'team', children: [] },
};

function teamApi(entityRefs: string[]) {
  const api = fakeDeliveryApi();
  api.getDora.mockImplementation(
    async (ref, options): Promise<DoraResponse> =>
      doraResponse(String(ref), options, {
        entityRefs,
        breakdown: structuredClone(teamBreakdown),
      }),
  );
  return api;
}

async function renderTab(api: DeliveryReliabilityApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <EntityProvider entity={team}>
        <EntityTeamDeliveryContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function rowNames(table: HTMLElement) {
  return within(table)
    .getAllByTestId('team-breakdown-entity')
    .map(cell => cell.textContent);
}

jest.setTimeout(20_000);

describe('EntityTeamDeliveryContent', () => {
  it("shows the team's tiles and each component's metrics with links", async () => {
    const api = teamApi(teamBreakdown.map(b => b.entityRef));
    await renderTab(api);

    expect(
      await screen.findByTestId('dora-tile-changeFailureRate'),
    ).toHaveTextContent('3 of 42 failed');
    expect(api.getDora).toHaveBeenCalledWith(
      'group:default/team-checkout',
      expect.objectContaining({ breakdown: true }),
    );
    expect(screen.getByTestId('dora-window')).toHaveTextContent('2 components');

    const table = screen.getByTestId('team-breakdown-table');
    expect(rowNames(table)).toEqual(['checkout', 'payments']);
    expect(
      within(table).getByRole('link', { name: 'checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
    const frequencies = within(table).getAllByTestId(
      'team-breakdown-deploymentFrequency',
    );
    expect(frequencies[0]).toHaveTextContent('2/day');
    expect(frequencies[0]).toHaveTextContent('180 deployments');
    expect(
      within(frequencies[0]).getByTestId('dora-tier-badge'),
    ).toHaveTextContent('Elite');
    expect(
      within(frequencies[1]).getByTestId('dora-tier-badge'),
    ).toHaveTextContent('Low');
    const failureRates = within(table).getAllByTestId(
      'team-breakdown-changeFailureRate',
    );
    expect(failureRates[1]).toHaveTextContent('50 %');
    expect(failureRates[1]).toHaveTextContent('1 of 2 failed');
  });

  it('sorts the components by a metric', async () => {
    await renderTab(teamApi(teamBreakdown.map(b => b.entityRef)));
    const table = await screen.findByTestId('team-breakdown-table');

    expect(rowNames(table)).toEqual(['checkout', 'payments']);

    // Ascending deployment frequency: payments (2 in 90 days) before checkout (2 a day).
    const header = within(table).getByRole('button', {
      name: 'Deployment frequency',
    });
    await userEvent.click(header);
    await waitFor(() =>
      expect(rowNames(table)).toEqual(['payments', 'checkout']),
    );
    await userEvent.click(header);
    await waitFor(() =>
      expect(rowNames(table)).toEqual(['checkout', 'payments']),
    );
  });

  it('explains how components join the team when it owns none', async () => {
    await renderTab(teamApi([]));

    const emptyState = await screen.findByTestId('team-delivery-empty-state');
    expect(emptyState).toHaveTextContent('This team owns no components yet');
    expect(emptyState).toHaveTextContent('owner: group:default/team-checkout');
    expect(
      screen.queryByTestId('team-breakdown-table'),
    ).not.toBeInTheDocument();
  });
});
