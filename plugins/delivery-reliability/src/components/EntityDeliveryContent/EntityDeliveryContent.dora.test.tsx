import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { discoveryApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';
import { doraResponse } from '../../testData/dora';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { EntityDeliveryContent } from './EntityDeliveryContent';
import { annotatedEntity, deploymentsPage } from './testData';

const DAY_MS = 86_400_000;

async function renderContent(api: DeliveryReliabilityApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [deliveryReliabilityApiRef, api],
        [discoveryApiRef, mockApis.discovery()],
      ]}
    >
      <EntityProvider entity={annotatedEntity}>
        <EntityDeliveryContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

/** The window of a getDora / getDoraSeries call, in whole days. */
function windowOf(options: { from: Date | string; to: Date | string }) {
  const from = new Date(options.from).getTime();
  const to = new Date(options.to).getTime();
  return { toMs: to, days: (to - from) / DAY_MS };
}

jest.setTimeout(20_000);

describe('EntityDeliveryContent DORA metrics', () => {
  it('shows the five tiles and weekly trends of the last 90 days', async () => {
    const api = fakeDeliveryApi();
    const before = Date.now();
    await renderContent(api);

    expect(
      await screen.findByTestId('dora-tile-deploymentFrequency'),
    ).toHaveTextContent('42 deployments');
    for (const metric of [
      'leadTimeForChanges',
      'changeFailureRate',
      'failedDeploymentRecoveryTime',
      'deploymentReworkRate',
    ]) {
      expect(screen.getByTestId(`dora-tile-${metric}`)).toBeInTheDocument();
    }
    const [ref, options] = api.getDora.mock.calls[0];
    expect(ref).toBe('component:default/checkout');
    const { toMs, days } = windowOf(options);
    expect(days).toBe(90);
    // Ends at the next UTC midnight, so rollup days are whole.
    expect(toMs % DAY_MS).toBe(0);
    expect(toMs).toBeGreaterThanOrEqual(before);
    expect(toMs - before).toBeLessThanOrEqual(DAY_MS);

    expect(await screen.findAllByTestId('dora-trend-chart')).toHaveLength(5);
    expect(api.getDoraSeries).toHaveBeenCalledWith(
      'component:default/checkout',
      { ...options, bucket: 'week' },
    );
  });

  it('re-queries tiles and trends when another range is chosen', async () => {
    const api = fakeDeliveryApi();
    await renderContent(api);
    await screen.findByTestId('dora-tile-deploymentFrequency');

    await userEvent.selectOptions(screen.getByLabelText('Range'), '180');

    await waitFor(() => expect(api.getDora).toHaveBeenCalledTimes(2));
    expect(windowOf(api.getDora.mock.calls[1][1]).days).toBe(180);
    await waitFor(() =>
      expect(api.getDoraSeries).toHaveBeenLastCalledWith(
        'component:default/checkout',
        expect.objectContaining({ bucket: 'month' }),
      ),
    );
    expect(windowOf(api.getDoraSeries.mock.calls[1][1]).days).toBe(180);
    expect(screen.getByTestId('dora-window')).toHaveTextContent('(UTC)');
  });

  it('gives each deployment the p50 lead time of its changes, from the start the metric uses', async () => {
    const api = fakeDeliveryApi();
    api.getDeployments.mockImplementation(async () =>
      structuredClone(deploymentsPage),
    );
    api.getDora.mockImplementation(
      async (ref, options): Promise<DoraResponse> =>
        doraResponse(String(ref), options, { leadTimeStart: 'merged' }),
    );
    await renderContent(api);
    await screen.findByRole('heading', { name: 'Deployments' });

    // 1.2.3 shipped pr-101 (merged 1 d 2 h before) and pr-102 (no merge
    // time, first commit 3 h 30 min before): nearest-rank p50 of two is the lower.
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('deployment-lead-time')
          .map(cell => cell.textContent),
      ).toEqual(['—', '—', '3 h 30 min']),
    );
    await userEvent.click(
      screen.getByRole('button', { name: /^2 changes in 1\.2\.3/ }),
    );
    const detail = await screen.findByTestId('deployment-detail');
    expect(
      within(detail)
        .getAllByTestId('change-lead-time')
        .map(cell => cell.textContent),
    ).toEqual(['1 d 2 h', '3 h 30 min']);
  });

  it('keeps the deployments when the DORA metrics fail to load', async () => {
    const api = fakeDeliveryApi();
    api.getDeployments.mockImplementation(async () =>
      structuredClone(deploymentsPage),
    );
    api.getDora.mockRejectedValue(new Error('DORA endpoint unavailable'));
    await renderContent(api);

    expect(
      await screen.findByText(/Could not load DORA metrics/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Deployments' }),
    ).toBeInTheDocument();
  });
});
