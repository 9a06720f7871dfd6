import { screen, within } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { burnResponse } from '../components/DeploymentBurnList/testData';
import { annotatedEntity } from '../components/EntityDeliveryContent/testData';
import { checkoutVerdict } from '../components/EntityDeliveryReliabilityContent/testData';
import { fakeDeliveryApi } from '../testData/fakeApi';
import { overviewEntityContent } from './entityContents';
import { FIRST_LOAD, renderEntityExtension } from './__testUtils__';

// The first load compiles the overview (tiles, charts); slow on a busy machine.
jest.setTimeout(60_000);

describe('Delivery & Reliability tab extension', () => {
  it('Delivery & Reliability tab: mounts at /delivery-reliability and shows the verdict beside both sides', async () => {
    const tester = createExtensionTester(overviewEntityContent);
    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/delivery-reliability',
    );
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Delivery & Reliability',
    );

    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
    api.getDeploymentBurn.mockResolvedValue(burnResponse());
    renderEntityExtension(overviewEntityContent, annotatedEntity, api);

    const verdict = await screen.findByRole(
      'region',
      { name: 'verdict' },
      FIRST_LOAD,
    );
    expect(within(verdict).getByTestId('verdict-headline')).toHaveTextContent(
      'stabilise: 1 SLO frozen',
    );
    expect(
      await within(screen.getByTestId('overview-delivery')).findByTestId(
        'dora-tile-deploymentFrequency',
      ),
    ).toHaveTextContent('42 deployments');
    expect(
      within(screen.getByTestId('overview-reliability')).getByTestId(
        'slo-status-counts',
      ).textContent,
    ).toBe('1 ×Frozen1 ×At risk1 ×No data');
    expect(api.getVerdict).toHaveBeenCalledWith(
      'component:default/checkout',
      expect.objectContaining({ from: expect.anything() }),
    );
  });
});
