import { screen, within } from '@testing-library/react';
import { FIRST_LOAD } from './alpha/__testUtils__';
import { renderPluginApp } from './alpha/__testUtils__/pluginApp';
import { orgComparison } from './testData/comparisonOrg';
import { fakeDeliveryApi } from './testData/fakeApi';

// The page's first load compiles it; slow on a busy 2-core machine.
jest.setTimeout(60_000);

describe('delivery-reliability /alpha plugin', () => {
  it('provides the API, four tabs, three cards and the page', async () => {
    renderPluginApp({ route: '/probe', api: fakeDeliveryApi() });

    const list = await screen.findByRole(
      'list',
      { name: 'extension ids' },
      FIRST_LOAD,
    );
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'api:delivery-reliability',
      'entity-content:delivery-reliability/overview',
      'entity-content:delivery-reliability/delivery',
      'entity-content:delivery-reliability/reliability',
      'entity-content:delivery-reliability/team-delivery',
      'entity-card:delivery-reliability/overview',
      'entity-card:delivery-reliability/delivery',
      'entity-card:delivery-reliability/error-budget',
      'page:delivery-reliability',
    ]);
  });

  it('puts "Delivery & Reliability" in the sidebar, linking to the page', async () => {
    renderPluginApp({ route: '/probe', api: fakeDeliveryApi() });

    const sidebar = await screen.findByRole('navigation', {}, FIRST_LOAD);
    expect(
      within(sidebar).getByRole('link', { name: /Delivery & Reliability/ }),
    ).toHaveAttribute('href', '/delivery-reliability');
  });

  it('moves the sidebar item with the page when app config moves the page', async () => {
    renderPluginApp({
      route: '/probe',
      api: fakeDeliveryApi(),
      extensions: [
        { 'page:delivery-reliability': { config: { path: '/teams' } } },
      ],
    });

    const sidebar = await screen.findByRole('navigation', {}, FIRST_LOAD);
    expect(
      within(sidebar).getByRole('link', { name: /Delivery & Reliability/ }),
    ).toHaveAttribute('href', '/teams');
  });

  it('shows the team comparison page at /delivery-reliability', async () => {
    const api = fakeDeliveryApi();
    api.getComparison.mockResolvedValue(orgComparison());
    renderPluginApp({ route: '/delivery-reliability', api });

    expect(
      await screen.findByText(
        'Compare each team with its own past, not with each other',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('row', { name: 'team-ledger' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(api.getComparison).toHaveBeenCalledTimes(1);
  });

  it('lets app config switch an extension off', async () => {
    renderPluginApp({
      route: '/delivery-reliability',
      api: fakeDeliveryApi(),
      extensions: [{ 'page:delivery-reliability': false }],
    });

    const sidebar = await screen.findByRole('navigation', {}, FIRST_LOAD);
    expect(
      within(sidebar).queryByRole('link', { name: /Delivery & Reliability/ }),
    ).not.toBeInTheDocument();
  });
});
