import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { discoveryApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { EntityDeliveryContent } from './EntityDeliveryContent';
import {
  annotatedEntity,
  deploymentsPage,
  emptyPage,
  incidentsPage,
  plainEntity,
} from './testData';

/** A fake API answering copies (material-table annotates the row objects it gets). */
function fakeApi(
  deployments: Page<DeploymentView> | (() => Promise<Page<DeploymentView>>),
  incidents: Page<IncidentView> = incidentsPage,
) {
  return {
    ...fakeDeliveryApi(),
    getDeployments: jest.fn(async () =>
      typeof deployments === 'function'
        ? deployments()
        : structuredClone(deployments),
    ),
    getIncidents: jest.fn(async () => structuredClone(incidents)),
  } satisfies DeliveryReliabilityApi;
}

async function renderContent(api: DeliveryReliabilityApi, entity: Entity) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [deliveryReliabilityApiRef, api],
        [
          discoveryApiRef,
          mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
        ],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityDeliveryContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

// material-table renders slowly in jsdom; on a 2-core machine a test that
// expands rows takes several seconds.
jest.setTimeout(20_000);

describe('EntityDeliveryContent', () => {
  it('shows progress, then one row per deployment', async () => {
    let answer: (page: Page<DeploymentView>) => void = () => {};
    const api = fakeApi(() => new Promise(resolve => (answer = resolve)));
    await renderContent(api, annotatedEntity);

    expect(screen.getAllByTestId('progress').length).toBeGreaterThan(0);
    await act(async () => answer(structuredClone(deploymentsPage)));

    expect(
      await screen.findByRole('heading', { name: 'Deployments' }),
    ).toBeInTheDocument();
    expect(api.getDeployments).toHaveBeenCalledWith(
      'component:default/checkout',
      { limit: 20, offset: 0, environment: undefined },
    );

    const versions = screen
      .getAllByTestId('deployment-version')
      .map(cell => cell.textContent);
    expect(versions).toEqual(['1.3.0-rc.1', '1.2.2', '1.2.3']);
    expect(
      screen.getAllByTestId('deployment-status').map(c => c.textContent),
    ).toEqual(['failed', 'succeeded', 'succeeded']);
    expect(screen.getByTestId('deployment-rollback')).toHaveTextContent(
      'rollback of 1.2.3',
    );
    expect(screen.getByTestId('deployment-rolled-back')).toHaveTextContent(
      'rolled back by 1.2.2',
    );
    expect(screen.getByTestId('deployment-hotfix')).toBeInTheDocument();
    expect(
      screen
        .getAllByTestId('deployment-incident-count')
        .map(c => c.textContent),
    ).toEqual(['—', '—', '1 incident']);
  });

  it('expands a deployment into its changes and attributed incidents', async () => {
    await renderContent(fakeApi(deploymentsPage), annotatedEntity);
    await screen.findByRole('heading', { name: 'Deployments' });

    // Expand the deployment that shipped two changes and caused an incident.
    await userEvent.click(
      screen.getByRole('button', { name: /^2 changes in 1\.2\.3/ }),
    );
    const detail = await screen.findByTestId('deployment-detail');
    expect(detail).toHaveAttribute('data-deployment-id', 'dep-2');
    const changeRows = within(detail).getAllByTestId('change-row');
    expect(changeRows).toHaveLength(2);
    expect(within(changeRows[0]).getByTestId('change-id')).toHaveTextContent(
      'pr-101',
    );
    expect(
      within(changeRows[0]).getByTestId('change-lead-time'),
    ).toHaveTextContent('2 d 3 h');
    expect(
      within(changeRows[1]).getByTestId('change-lead-time'),
    ).toHaveTextContent('3 h 30 min');
    const incidentRow = within(detail).getByTestId('attributed-incident-row');
    expect(incidentRow).toHaveTextContent('Checkout latency above SLO');
    expect(incidentRow).toHaveTextContent('SEV2');
    expect(incidentRow).toHaveTextContent('resolved');
    expect(
      within(incidentRow).getByRole('link', { name: /Postmortem/ }),
    ).toHaveAttribute('href', 'https://postmortems.example.com/inc-7');
  });

  it('lists the incidents newest first below the deployments', async () => {
    await renderContent(fakeApi(deploymentsPage), annotatedEntity);

    expect(
      await screen.findByRole('heading', { name: 'Incidents' }),
    ).toBeInTheDocument();
    const titles = screen
      .getAllByTestId('incident-title')
      .map(cell => cell.textContent);
    expect(titles).toEqual([
      'Staging database unreachable',
      'Checkout latency above SLO',
    ]);
    expect(
      screen.getAllByTestId('incident-state').map(c => c.textContent),
    ).toEqual(['ongoing', 'resolved']);
  });

  it('pages through deployments on the server', async () => {
    const api = fakeApi({ ...deploymentsPage, totalCount: 45 });
    await renderContent(api, annotatedEntity);
    await screen.findByRole('heading', { name: 'Deployments' });

    const nextButtons = screen.getAllByRole('button', { name: 'Next Page' });
    await userEvent.click(nextButtons[0]);

    await waitFor(() =>
      expect(api.getDeployments).toHaveBeenLastCalledWith(
        'component:default/checkout',
        { limit: 20, offset: 20, environment: undefined },
      ),
    );
  });

  it('filters deployments by an environment seen in the data', async () => {
    const api = fakeApi(deploymentsPage);
    await renderContent(api, annotatedEntity);
    await screen.findByRole('heading', { name: 'Deployments' });

    const filter = screen.getByLabelText('Environment');
    expect(
      within(filter)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['All environments', 'production', 'staging']);
    await userEvent.selectOptions(filter, 'staging');

    await waitFor(() =>
      expect(api.getDeployments).toHaveBeenLastCalledWith(
        'component:default/checkout',
        { limit: 20, offset: 0, environment: 'staging' },
      ),
    );
  });

  it('tells how to annotate the entity and send events when it has neither', async () => {
    await renderContent(fakeApi(emptyPage(), emptyPage()), plainEntity);

    const emptyState = await screen.findByTestId('delivery-setup-empty-state');
    expect(
      within(emptyState).getByText(
        'Delivery tracking is not set up for this entity',
      ),
    ).toBeInTheDocument();
    expect(
      within(emptyState).getByTestId('delivery-setup-annotation'),
    ).toHaveTextContent('delivery-reliability.io/events: push');
    const curl = within(emptyState).getByTestId('delivery-setup-curl');
    expect(curl).toHaveTextContent(
      "curl -X POST 'http://localhost:7007/api/delivery-reliability/v1/events'",
    );
    expect(curl).toHaveTextContent('"entityRef": "component:default/checkout"');
    expect(curl).toHaveTextContent('"type": "deployment"');
  });

  it('says no events arrived yet when the entity is annotated', async () => {
    await renderContent(fakeApi(emptyPage(), emptyPage()), annotatedEntity);

    const emptyState = await screen.findByTestId('delivery-setup-empty-state');
    expect(
      within(emptyState).getByText('No delivery events have arrived yet'),
    ).toBeInTheDocument();
    expect(
      within(emptyState).queryByTestId('delivery-setup-annotation'),
    ).not.toBeInTheDocument();
    expect(
      within(emptyState).getByTestId('delivery-setup-curl'),
    ).toHaveTextContent('curl -X POST');
    expect(
      await screen.findByText(
        'No incidents have been reported for this entity.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend error message', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotAllowedError',
            message: 'Access denied to delivery data',
          },
          request: {
            method: 'GET',
            url: '/v1/entities/component/default/checkout/deployments',
          },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const api = fakeApi(() => Promise.reject(error));
    await renderContent(api, annotatedEntity);

    expect(
      await screen.findByText(/Could not load deployments/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Access denied to delivery data/).length,
    ).toBeGreaterThan(0);
  });
});
