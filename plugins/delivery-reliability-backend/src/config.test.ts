import { ConfigReader } from '@backstage/config';
import { readDeliveryReliabilityConfig } from './config';

describe('readDeliveryReliabilityConfig', () => {
  it('applies the defaults', () => {
    expect(readDeliveryReliabilityConfig(new ConfigReader({}))).toEqual({
      productionEnvironments: ['production'],
      ingestion: { maxEventsPerRequest: 5000, maxRequestBytes: 5_242_880 },
    });
  });

  it('reads configured values', () => {
    const config = new ConfigReader({
      deliveryReliability: {
        productionEnvironments: ['prod-eu', 'prod-us'],
        ingestion: {
          maxEventsPerRequest: 100,
          maxRequestBytes: 65536,
          maxConcurrentBatches: 2,
        },
      },
    });
    expect(readDeliveryReliabilityConfig(config)).toEqual({
      productionEnvironments: ['prod-eu', 'prod-us'],
      ingestion: {
        maxEventsPerRequest: 100,
        maxRequestBytes: 65536,
        maxConcurrentBatches: 2,
      },
    });
  });

  it('rejects unusable values at start-up', () => {
    const read = (deliveryReliability: object) => () =>
      readDeliveryReliabilityConfig(new ConfigReader({ deliveryReliability }));
    expect(read({ ingestion: { maxEventsPerRequest: 0 } })).toThrow(
      'Invalid config deliveryReliability.ingestion.maxEventsPerRequest: must be a positive integer, got 0',
    );
    expect(read({ ingestion: { maxRequestBytes: 1.5 } })).toThrow(
      'Invalid config deliveryReliability.ingestion.maxRequestBytes: must be a positive integer, got 1.5',
    );
    expect(read({ productionEnvironments: [] })).toThrow(
      'Invalid config deliveryReliability.productionEnvironments: name at least one environment',
    );
  });
});
