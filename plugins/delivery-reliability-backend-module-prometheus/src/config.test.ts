import { ConfigReader } from '@backstage/config';
import { readPrometheusConfig } from './config';

const read = (prometheus: unknown) =>
  readPrometheusConfig(
    new ConfigReader({ deliveryReliability: { prometheus } } as any),
  );

describe('readPrometheusConfig', () => {
  it('applies defaults and trims the URL', () => {
    expect(
      read({
        dataSources: [
          {
            name: 'prod',
            url: 'http://prom:9090/',
            headers: { 'X-Scope-OrgID': 'a' },
          },
        ],
      }),
    ).toEqual({
      dataSources: [
        {
          name: 'prod',
          url: 'http://prom:9090',
          headers: { 'X-Scope-OrgID': 'a' },
          timeoutMs: 30_000,
          maxConcurrentQueries: 4,
        },
      ],
    });
    expect(readPrometheusConfig(new ConfigReader({}))).toEqual({
      dataSources: [],
    });
  });

  it('names the key and the fix for mistakes', () => {
    expect(() =>
      read({ dataSources: [{ name: 'a', url: 'prom:9090' }] }),
    ).toThrow(
      'deliveryReliability.prometheus.dataSources[0].url must be an http(s) URL',
    );
    expect(() =>
      read({
        dataSources: [{ name: 'a', url: 'http://a', timeoutSeconds: 0 }],
      }),
    ).toThrow('dataSources[0].timeoutSeconds must be a positive number');
    expect(() =>
      read({
        dataSources: [{ name: 'a', url: 'http://a' }],
        defaultDataSource: 'b',
      }),
    ).toThrow('defaultDataSource names b, which is not in');
    expect(() =>
      read({
        dataSources: [
          { name: 'a', url: 'http://a' },
          { name: 'a', url: 'http://b' },
        ],
      }),
    ).toThrow('the name a is used twice');
  });
});
