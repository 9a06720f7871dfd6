import { screen, within } from '@testing-library/react';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { deliveryReliabilityApiRef } from '../api';
import { orgComparison } from '../testData/comparisonOrg';
import { fakeDeliveryApi } from '../testData/fakeApi';
import { comparisonPage } from './pages';
import { FIRST_LOAD } from './__testUtils__';

// The first load compiles the page (table, scatter); slow on a busy machine.
jest.setTimeout(60_000);

describe('comparison page extension', () => {
  it('is mounted at /delivery-reliability and titled for the sidebar', () => {
    const tester = createExtensionTester(comparisonPage);

    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/delivery-reliability',
    );
    expect(tester.get(coreExtensionData.title)).toBe('Delivery & Reliability');
    expect(tester.get(coreExtensionData.icon)).toBeTruthy();
  });

  it("renders DORA's caution and the teams with their verdicts", async () => {
    const api = fakeDeliveryApi();
    api.getComparison.mockResolvedValue(orgComparison());
    renderInTestApp(createExtensionTester(comparisonPage).reactElement(), {
      apis: [[deliveryReliabilityApiRef, api]],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });

    expect(
      await screen.findByText(
        'Compare each team with its own past, not with each other',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    const ledger = await screen.findByRole('row', { name: 'team-ledger' });
    expect(
      within(ledger).getByRole('link', { name: 'team-ledger' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-ledger');
    expect(within(ledger).getByTestId('comparison-verdict')).toHaveAttribute(
      'data-verdict',
      'ship-more-often',
    );
    // One header, the page's own: the blueprint's header is switched off.
    expect(
      screen.getAllByRole('heading', { name: 'Delivery & Reliability' }),
    ).toHaveLength(1);
  });
});
