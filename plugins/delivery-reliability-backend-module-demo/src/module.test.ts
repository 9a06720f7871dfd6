import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  DeliveryEventSource,
  deliveryReliabilityEventSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { deliveryReliabilityModuleDemo } from './module';

async function registeredSources(demo: object) {
  const sources: DeliveryEventSource[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        deliveryReliabilityEventSourcesExtensionPoint,
        {
          addEventSource: (...added: DeliveryEventSource[]) =>
            sources.push(...added),
        },
      ],
    ],
    features: [
      deliveryReliabilityModuleDemo,
      mockServices.rootConfig.factory({
        data: { deliveryReliability: { demo } },
      }),
    ],
  });
  await backend.stop();
  return sources;
}

describe('deliveryReliabilityModuleDemo', () => {
  it('adds the demo source when enabled', async () => {
    const sources = await registeredSources({
      enabled: true,
      services: [
        { entityRef: 'component:default/checkout-api', profile: 'fast-steady' },
      ],
    });
    expect(sources.map(s => s.id)).toEqual(['demo']);
  });

  it('adds nothing when not enabled', async () => {
    expect(await registeredSources({ enabled: false })).toEqual([]);
    expect(await registeredSources({})).toEqual([]);
  });
});
