import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  DeliveryEventSource,
  SliSource,
  deliveryReliabilityEventSourcesExtensionPoint,
  deliveryReliabilitySliSourcesExtensionPoint,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { deliveryReliabilityModuleDemo } from './module';
import { DemoSliSource } from './sli';

// Starting a backend on a fresh database is slow on a loaded 2-core machine.
jest.setTimeout(60_000);

async function registeredSources(demo: object) {
  const sources: Array<DeliveryEventSource | SliSource> = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        deliveryReliabilityEventSourcesExtensionPoint,
        {
          addEventSource: (...added: DeliveryEventSource[]) =>
            sources.push(...added),
        },
      ],
      [
        deliveryReliabilitySliSourcesExtensionPoint,
        { addSliSource: (...added: SliSource[]) => sources.push(...added) },
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
  it('adds the demo event source and SLI source when enabled', async () => {
    const sources = await registeredSources({
      enabled: true,
      services: [
        { entityRef: 'component:default/checkout-api', profile: 'fast-steady' },
      ],
    });
    expect(sources.map(s => s.id)).toEqual(['demo', 'demo']);
    expect(sources[1]).toBeInstanceOf(DemoSliSource);
  });

  it('adds nothing when not enabled', async () => {
    expect(await registeredSources({ enabled: false })).toEqual([]);
    expect(await registeredSources({})).toEqual([]);
  });
});
