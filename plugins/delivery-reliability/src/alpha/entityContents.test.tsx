import { screen, within } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { annotatedEntity } from '../components/EntityDeliveryContent/testData';
import { doraResponse, teamBreakdown } from '../testData/dora';
import { fakeDeliveryApi } from '../testData/fakeApi';
import {
  deliveryEntityContent,
  reliabilityEntityContent,
  teamDeliveryEntityContent,
} from './entityContents';
import { FIRST_LOAD, renderEntityExtension, teamEntity } from './__testUtils__';

// The tabs render material-table and recharts, which are slow in jsdom.
jest.setTimeout(60_000);

describe('Delivery and Reliability tab extensions', () => {
  it('Delivery tab: mounts at /delivery and shows the DORA tiles', async () => {
    const tester = createExtensionTester(deliveryEntityContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('/delivery');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Delivery');

    const api = fakeDeliveryApi();
    renderEntityExtension(deliveryEntityContent, annotatedEntity, api);

    expect(
      await screen.findByTestId(
        'dora-tile-deploymentFrequency',
        {},
        FIRST_LOAD,
      ),
    ).toHaveTextContent('42 deployments');
    expect(api.getDora.mock.calls[0][0]).toBe('component:default/checkout');
  });

  it('Reliability tab: mounts at /reliability and shows the gate and the SLOs', async () => {
    const tester = createExtensionTester(reliabilityEntityContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('/reliability');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Reliability',
    );

    const api = fakeDeliveryApi();
    renderEntityExtension(reliabilityEntityContent, annotatedEntity, api);

    const banner = await screen.findByTestId(
      'release-gate-banner',
      {},
      FIRST_LOAD,
    );
    expect(
      within(banner).getByTestId('release-gate-decision'),
    ).toHaveTextContent('Deny');
    expect(await screen.findByTestId('slo-row-availability')).toHaveTextContent(
      'Checkout availability',
    );
    expect(api.getSlos).toHaveBeenCalledWith('component:default/checkout');
  });

  it("Group Delivery tab: shows the team's tiles and its components", async () => {
    const tester = createExtensionTester(teamDeliveryEntityContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('/delivery');

    const api = fakeDeliveryApi();
    api.getDora.mockImplementation(
      async (ref, options): Promise<DoraResponse> =>
        doraResponse(String(ref), options, {
          entityRefs: teamBreakdown.map(b => b.entityRef),
          breakdown: structuredClone(teamBreakdown),
        }),
    );
    renderEntityExtension(teamDeliveryEntityContent, teamEntity, api);

    const table = await screen.findByTestId(
      'team-breakdown-table',
      {},
      FIRST_LOAD,
    );
    expect(
      within(table).getByRole('link', { name: 'checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
    expect(api.getDora).toHaveBeenCalledWith(
      'group:default/team-checkout',
      expect.objectContaining({ breakdown: true }),
    );
  });
});
