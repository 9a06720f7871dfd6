import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { deliveryReliabilityApiRef } from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { availabilityHistory, noDataSlo } from '../../testData/slo';
import { SloBurndownChart } from './SloBurndownChart';

describe('SloBurndownChart', () => {
  // 10 May 2024: inside the calendar month of the no-data SLO.
  const nowMs = Date.parse('2024-05-10T00:00:00Z');

  it('asks for the calendar period up to now, not its future end', async () => {
    const api = fakeDeliveryApi();
    await renderInTestApp(
      <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
        <SloBurndownChart
          entityRef="component:default/checkout"
          slo={noDataSlo}
          nowMs={nowMs}
        />
      </TestApiProvider>,
    );

    await screen.findByTestId('slo-burndown-chart');
    expect(api.getSloHistory).toHaveBeenCalledWith(
      'component:default/checkout',
      'login-success',
      {
        from: new Date('2024-04-30T22:00:00.000Z'),
        to: new Date(nowMs),
        step: '6h',
      },
    );
  });

  it('says there is no data instead of drawing a full budget', async () => {
    const api = fakeDeliveryApi();
    const empty = availabilityHistory();
    empty.points = empty.points.map(p => ({
      ...p,
      budgetRemainingRatio: null,
      sli: null,
    }));
    api.getSloHistory.mockResolvedValue(empty);
    await renderInTestApp(
      <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
        <SloBurndownChart
          entityRef="component:default/checkout"
          slo={noDataSlo}
          nowMs={nowMs}
        />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText(
        'No data in this window yet: the budget is unknown, not full.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('slo-burndown-chart')).not.toBeInTheDocument();
  });

  it('shows the history error', async () => {
    const api = fakeDeliveryApi();
    api.getSloHistory.mockRejectedValue(new Error('history unavailable'));
    await renderInTestApp(
      <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
        <SloBurndownChart
          entityRef="component:default/checkout"
          slo={noDataSlo}
          nowMs={nowMs}
        />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText(/Could not load the SLO history/),
    ).toBeInTheDocument();
  });
});
