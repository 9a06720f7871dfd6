import { ConfigReader } from '@backstage/config';
import { readDemoConfig } from './config';

const read = (demo: object) =>
  readDemoConfig(new ConfigReader({ deliveryReliability: { demo } }));

describe('readDemoConfig', () => {
  it('is disabled with defaults when the section is missing', () => {
    expect(readDemoConfig(new ConfigReader({}))).toEqual({
      enabled: false,
      historyDays: 90,
      intervalSeconds: 60,
      seed: expect.any(Number),
      services: [],
    });
  });

  it('reads services and normalises entity refs to lower case', () => {
    const config = read({
      enabled: true,
      historyDays: 14,
      intervalSeconds: 30,
      seed: 1,
      services: [
        { entityRef: 'Component:default/Checkout-API', profile: 'fast-steady' },
      ],
    });
    expect(config).toEqual({
      enabled: true,
      historyDays: 14,
      intervalSeconds: 30,
      seed: 1,
      services: [
        { entityRef: 'component:default/checkout-api', profile: 'fast-steady' },
      ],
    });
  });

  it('names the field and the fix when a service is wrong', () => {
    expect(() =>
      read({ services: [{ entityRef: 'checkout-api', profile: 'slow' }] }),
    ).toThrow(
      "deliveryReliability.demo.services[0].entityRef must be a full entity ref like component:default/my-service, got 'checkout-api'",
    );
    expect(() =>
      read({
        services: [{ entityRef: 'component:default/a', profile: 'quick' }],
      }),
    ).toThrow(
      "deliveryReliability.demo.services[0].profile must be one of fast-steady, slow, fast-flaky, got 'quick'",
    );
    expect(() => read({ intervalSeconds: 0 })).toThrow(/intervalSeconds/);
  });
});
