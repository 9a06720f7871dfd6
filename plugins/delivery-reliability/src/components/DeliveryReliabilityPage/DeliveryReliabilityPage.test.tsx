import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { deliveryReliabilityApiRef } from '../../api';
import { orgComparison } from '../../testData/comparisonOrg';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { DeliveryReliabilityPage } from './DeliveryReliabilityPage';

async function renderPage(api = fakeDeliveryApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <DeliveryReliabilityPage chartWidth={800} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

function orgApi() {
  const api = fakeDeliveryApi();
  api.getComparison.mockImplementation(async () => orgComparison());
  return api;
}

const teamNames = () =>
  screen
    .getAllByTestId('comparison-team-row')
    .map(row => row.getAttribute('aria-label'));

async function errorResponse(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/v1/comparison' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

// Generous: these render the whole page, several times per test.
jest.setTimeout(60_000);

describe('DeliveryReliabilityPage', () => {
  it('answers which teams should focus on speed and which on stability', async () => {
    const api = await renderPage(orgApi());

    expect(await screen.findByTestId('verdict-summary')).toBeInTheDocument();
    expect(
      screen.getAllByTestId('verdict-summary-group').map(g => g.textContent),
    ).toEqual([
      'Stabilise first: team-legacy',
      ' · Stabilise: Engineering, team-discovery',
      ' · Ship more often: team-ledger',
      ' · Keep going: Checkout team',
      ' · Not enough data: team-new',
    ]);
    expect(screen.getByText('Delivery & Reliability')).toBeInTheDocument();
    expect(screen.getByTestId('dora-caution')).toHaveTextContent(
      'Compare each team with its own past, not with each other',
    );
    expect(screen.getByTestId('dora-caution')).toHaveTextContent(
      'here the Accelerate State of DevOps Report 2023',
    );
    expect(screen.getByTestId('comparison-window')).toHaveTextContent(
      'Feb 11 – May 10, 2024 (UTC) · deployments to production · tiers under DORA 2023 · SLO status as of',
    );
    expect(screen.getByTestId('services-without-team')).toHaveTextContent(
      'wiki',
    );

    // The default 90-day window ends at a UTC midnight.
    const [{ from, to }] = api.getComparison.mock.calls[0] as unknown as [
      { from: Date; to: Date },
    ];
    expect(to.getTime() - from.getTime()).toBe(90 * 86_400_000);
    expect(to.getTime() % 86_400_000).toBe(0);
  });

  it('filters the table, summary and chart by group and system', async () => {
    await renderPage(orgApi());
    await screen.findByTestId('comparison-table');

    await userEvent.selectOptions(
      screen.getByLabelText('Group'),
      'group:default/engineering',
    );
    expect(teamNames()).toEqual([
      'Engineering',
      'team-discovery',
      'team-ledger',
    ]);
    expect(screen.getByTestId('verdict-summary')).toHaveTextContent(
      'Stabilise: Engineering, team-discovery · Ship more often: team-ledger',
    );
    expect(
      screen.queryByTestId('services-without-team'),
    ).not.toBeInTheDocument();
    expect(screen.getAllByTestId('scatter-point-link')).toHaveLength(3);

    await userEvent.selectOptions(screen.getByLabelText('Group'), '');
    await userEvent.selectOptions(
      screen.getByLabelText('System'),
      'system:default/discovery',
    );
    expect(teamNames()).toEqual(['Engineering', 'team-discovery']);

    await userEvent.selectOptions(screen.getByLabelText('System'), '');
    await userEvent.selectOptions(
      screen.getByLabelText('Tier of'),
      'leadTimeForChanges',
    );
    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'low');
    // Only billing-batch has a low lead time (45 d).
    expect(teamNames()).toEqual(['team-legacy']);
  });

  it('exports the rows on screen as CSV', async () => {
    const createObjectURL = jest.fn((_: Blob) => 'blob:comparison');
    const revokeObjectURL = jest.fn();
    // jsdom has no object URLs; put spies in their place for this test.
    const original = {
      createObjectURL: URL.createObjectURL,
      revokeObjectURL: URL.revokeObjectURL,
    };
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function clickDownload(this: HTMLAnchorElement) {
        expect(this.download).toBe(
          'delivery-reliability-2024-02-11-2024-05-11.csv',
        );
        expect(this.href).toBe('blob:comparison');
      });
    await renderPage(orgApi());
    await screen.findByTestId('comparison-table');
    await userEvent.selectOptions(
      screen.getByLabelText('Group'),
      'group:default/team-ledger',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = await blob.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^kind,entityRef,title,owner,system,deployments,/);
    // 10 deployments in 90 d = 0.111/day; p50 9 d = 216 h; 4 of 4 SLOs met.
    expect(lines[1]).toBe(
      'group,group:default/team-ledger,,group:default/engineering,,10,0.111,medium,216,medium,0,elite,,,0,4,4,4,100,0,1,0,3,allow,ship-more-often,"ship more often: deploys 0.8/week (medium), lead time 9 d (medium)"',
    );
    expect(lines[2]).toBe(
      'component,component:default/ledger-api,,group:default/team-ledger,system:default/payments,6,0.067,medium,216,medium,0,elite,,,0,2,2,2,100,0,0,0,2,allow,ship-more-often,"ship more often: deploys 0.5/week (medium), lead time 9 d (medium)"',
    );
    expect(lines[3]).toMatch(/^component,component:default\/ledger-ui,/);
    expect(lines.slice(4)).toEqual(['']);
    await waitFor(() =>
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:comparison'),
    );
    click.mockRestore();
    Object.assign(URL, original);
  });

  it('says which permission is missing on a 403', async () => {
    const api = fakeDeliveryApi();
    const denied = await errorResponse(403, 'NotAllowedError', 'Denied');
    api.getComparison.mockRejectedValue(denied);
    await renderPage(api);

    const panel = await screen.findByTestId('comparison-permission-denied');
    expect(panel).toHaveTextContent(
      'You need the delivery-reliability.comparison.read permission',
    );
    expect(
      within(panel).getByRole('link', { name: /Permissions section/ }),
    ).toHaveAttribute('href', expect.stringContaining('#permissions'));
    expect(screen.queryByTestId('comparison-table')).not.toBeInTheDocument();
  });

  it('shows other errors as they are', async () => {
    const api = fakeDeliveryApi();
    api.getComparison.mockRejectedValue(
      await errorResponse(500, 'Error', 'Database unavailable'),
    );
    await renderPage(api);

    expect(
      await screen.findByText(/Could not load the team comparison/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Database unavailable/).length).toBeGreaterThan(
      0,
    );
    expect(
      screen.queryByTestId('comparison-permission-denied'),
    ).not.toBeInTheDocument();
  });
});
