import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { themes } from '@backstage/theme';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { deliveryReliabilityApiRef, DoraWindowOptions } from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { productionDeployments } from '../../testData/reliabilityEvents';
import { availabilitySlo, overspentSlo } from '../../testData/slo';
import { burnResponse } from '../DeploymentBurnList/testData';
import { SloBurndownChart } from './SloBurndownChart';

// Recharts draws a full SVG per test; slow in jsdom on 2 cores.
jest.setTimeout(20_000);

// 10 May 2024: after the availability SLO's 28-day window (Apr 3 – May 1).
const nowMs = Date.parse('2024-05-10T00:00:00Z');

async function renderChart(
  api: ReturnType<typeof fakeDeliveryApi>,
  slo: SloSummary = availabilitySlo,
  entityRef = 'component:default/checkout',
) {
  await renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <SloBurndownChart
        entityRef={entityRef}
        slo={slo}
        deployments={productionDeployments.items}
        nowMs={nowMs}
      />
    </TestApiProvider>,
  );
  return screen.findByTestId('slo-burndown-chart');
}

describe('SloBurndownChart burn markers', () => {
  // jsdom has no layout; give the chart's container a size so recharts draws.
  beforeEach(() => {
    jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 800, height: 260 } as DOMRect);
  });
  afterEach(() => jest.restoreAllMocks());

  it('draws the deployment that burned the budget in red, with what it burned', async () => {
    const api = fakeDeliveryApi();
    api.getDeploymentBurn.mockResolvedValue(burnResponse());
    const chart = await renderChart(api);

    const marker = await within(chart).findByTestId('slo-burndown-burn-marker');
    expect(marker.querySelector('title')?.textContent).toBe(
      '2.4.0: burned 3.2 % of the budget in the hour after (0.4 % before)',
    );
    expect(marker.querySelector('line')).toHaveAttribute(
      'stroke',
      themes.light.getTheme('v4')!.palette.error.main,
    );
    // dep-11 stays a grey dashed line; dep-10 is before the window.
    const dashed = chart.querySelectorAll(
      '.recharts-reference-line line[stroke-dasharray="2 3"]',
    );
    expect(dashed).toHaveLength(1);
    expect(
      within(chart)
        .getAllByTestId('slo-burndown-burn')
        .map(b => b.textContent),
    ).toEqual([
      '2.4.0: burned 3.2 % of the budget in the hour after (0.4 % before)',
    ]);
  });

  it('asks for the burn over the chart range: the window start up to its end or now', async () => {
    const api = fakeDeliveryApi();
    api.getDeploymentBurn.mockResolvedValue(burnResponse());
    await renderChart(api);

    await waitFor(() => expect(api.getDeploymentBurn).toHaveBeenCalled());
    const [ref, options] = api.getDeploymentBurn.mock.calls[0] as unknown as [
      string,
      DoraWindowOptions,
    ];
    expect(ref).toBe('component:default/checkout');
    expect(options).toEqual({
      from: new Date('2024-04-03T12:00:00Z'),
      to: new Date('2024-05-01T12:00:00Z'),
    });
  });

  it('keeps every line grey on an SLO the deployments did not burn', async () => {
    const api = fakeDeliveryApi();
    api.getDeploymentBurn.mockResolvedValue(burnResponse());
    const chart = await renderChart(api, overspentSlo);

    await waitFor(() => expect(api.getDeploymentBurn).toHaveBeenCalled());
    expect(
      chart.querySelectorAll(
        '.recharts-reference-line line[stroke-dasharray="2 3"]',
      ),
    ).toHaveLength(2);
    expect(
      within(chart).queryByTestId('slo-burndown-burn-marker'),
    ).not.toBeInTheDocument();
    expect(
      within(chart).queryByTestId('slo-burndown-burns'),
    ).not.toBeInTheDocument();
  });

  it('says when the burn is unavailable, so grey is not read as "no burn"', async () => {
    const api = fakeDeliveryApi();
    api.getDeploymentBurn.mockRejectedValue(new Error('burn unavailable'));
    const chart = await renderChart(api);

    expect(
      await within(chart).findByTestId('slo-burndown-burn-unavailable'),
    ).toHaveTextContent(
      'Budget burned per deployment is unavailable right now.',
    );
  });

  it('does not ask for the burn of a non-Component', async () => {
    const api = fakeDeliveryApi();
    const chart = await renderChart(
      api,
      availabilitySlo,
      'system:default/shop',
    );

    expect(chart).toBeInTheDocument();
    expect(api.getDeploymentBurn).not.toHaveBeenCalled();
    expect(
      within(chart).queryByTestId('slo-burndown-burn-unavailable'),
    ).not.toBeInTheDocument();
  });
});
