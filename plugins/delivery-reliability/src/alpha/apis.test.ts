import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
} from '@backstage/frontend-test-utils';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../api';
import { deliveryReliabilityApi } from './apis';

describe('deliveryReliabilityApi extension', () => {
  it('builds a client that asks the backend found by discovery, through fetchApi', async () => {
    const factory = createExtensionTester(deliveryReliabilityApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(deliveryReliabilityApiRef);
    expect(factory.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });

    const fetch = jest.fn(
      async (_url: RequestInfo | URL) =>
        new Response(JSON.stringify({ teams: [] }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const client = factory.factory({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
      fetchApi: { fetch },
    }) as DeliveryReliabilityApi;
    await client.getComparison({
      from: '2024-04-01T00:00:00Z',
      to: '2024-05-01T00:00:00Z',
    });

    const url = new URL(String(fetch.mock.calls[0][0]));
    expect(url.origin + url.pathname).toBe(
      'http://backstage.test/api/delivery-reliability/v1/comparison',
    );
    expect(url.searchParams.get('from')).toBe('2024-04-01T00:00:00Z');
    expect(url.searchParams.get('to')).toBe('2024-05-01T00:00:00Z');
  });
});
