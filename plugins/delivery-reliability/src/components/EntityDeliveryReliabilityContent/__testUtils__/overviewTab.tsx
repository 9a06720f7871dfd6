import { Entity } from '@backstage/catalog-model';
import { discoveryApiRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  DeliveryReliabilityApi,
  deliveryReliabilityApiRef,
  DoraWindowOptions,
} from '../../../api';
import { fakeDeliveryApi } from '../../../testData/fakeApi';
import { productionDeployments } from '../../../testData/reliabilityEvents';
import { burnResponse } from '../../DeploymentBurnList/testData';
import { EntityDeliveryReliabilityContent } from '../EntityDeliveryReliabilityContent';
import { checkoutVerdict } from '../testData';

/** Test helpers of the overview tab (not imported by production code). */

const DAY_MS = 86_400_000;

/** The fake API with deployments, a verdict and burn answers for checkout. */
export function checkoutApi() {
  const api = fakeDeliveryApi();
  api.getDeployments.mockResolvedValue(structuredClone(productionDeployments));
  api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
  api.getDeploymentBurn.mockResolvedValue(burnResponse());
  return api;
}

/** Renders the tab for `entity` under the catalog's entity route. */
export async function renderTab(api: DeliveryReliabilityApi, entity: Entity) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [deliveryReliabilityApiRef, api],
        [discoveryApiRef, mockApis.discovery()],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityDeliveryReliabilityContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/**
 * The (entityRef, window) calls of an overview method; the fake declares
 * its overview mocks without parameters, since tests set their answers.
 */
export const callsOf = (mock: jest.Mock) =>
  mock.mock.calls as unknown as Array<[string, DoraWindowOptions]>;

/** Days and end of a requested window. */
export function windowOf(options: { from: Date | string; to: Date | string }) {
  const toMs = new Date(options.to).getTime();
  return { toMs, days: (toMs - new Date(options.from).getTime()) / DAY_MS };
}
