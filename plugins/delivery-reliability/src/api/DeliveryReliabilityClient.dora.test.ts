import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  mockApis,
  MockFetchApi,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import {
  DoraResponse,
  DoraSeriesResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryReliabilityClient } from './DeliveryReliabilityClient';

const baseUrl = 'http://backstage.test/api/delivery-reliability';

describe('DeliveryReliabilityClient DORA', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new DeliveryReliabilityClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi(),
  });

  /** Captures the URL of each request the handler answers. */
  function captureGet(path: string, body: object) {
    const seen: URL[] = [];
    server.use(
      http.get(`${baseUrl}${path}`, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json(body);
      }),
    );
    return seen;
  }

  const report = {
    deploymentFrequency: { deployments: 0, days: 30, perDay: 0, tier: 'low' },
    leadTimeForChanges: {
      n: 0,
      p50Seconds: null,
      p90Seconds: null,
      tier: null,
    },
    changeFailureRate: { deployments: 0, failed: 0, ratio: null, tier: null },
    failedDeploymentRecoveryTime: {
      failed: 0,
      unresolved: 0,
      n: 0,
      p50Seconds: null,
      tier: null,
    },
    deploymentReworkRate: {
      deployments: 0,
      unplanned: 0,
      ratio: null,
      tier: null,
    },
  } satisfies DoraResponse['metrics'];
  const rules = {
    environments: ['production'],
    leadTimeStart: 'firstCommit',
    tierTable: {
      id: 'dora-2023',
      year: '2023',
      name: 'Accelerate State of DevOps Report 2023',
      source: 'State of DevOps 2023',
    },
  } satisfies Partial<DoraResponse>;
  const window = {
    from: '2024-04-01T00:00:00Z',
    to: '2024-05-01T00:00:00Z',
    days: 30,
  };
  const dora: DoraResponse = {
    ...rules,
    entityRef: 'group:default/team-checkout',
    entityRefs: ['component:default/checkout'],
    window,
    metrics: report,
    previousWindow: {
      ...window,
      from: '2024-03-02T00:00:00Z',
      to: window.from,
    },
    previous: report,
  };
  const series: DoraSeriesResponse = {
    ...rules,
    entityRef: 'component:default/checkout',
    entityRefs: ['component:default/checkout'],
    bucket: 'week',
    points: [{ window, metrics: report }],
  };

  it('gets the metrics of a window with breakdown and environment', async () => {
    const seen = captureGet('/v1/dora', dora);

    const result = await client.getDora('group:default/Team-Checkout', {
      from: new Date('2024-04-01T00:00:00Z'),
      to: new Date('2024-05-01T00:00:00Z'),
      environment: 'production',
      breakdown: true,
    });

    expect(result).toEqual(dora);
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'group:default/team-checkout',
      from: '2024-04-01T00:00:00Z',
      to: '2024-05-01T00:00:00Z',
      environment: 'production',
      breakdown: 'true',
    });
  });

  it('sends breakdown=false, keeps string times and defaults the namespace', async () => {
    const seen = captureGet('/v1/dora', dora);

    await client.getDora('component:checkout', {
      from: '2024-04-01T00:00:00+02:00',
      to: new Date('2024-05-01T12:34:56.789Z'),
      breakdown: false,
    });

    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
      from: '2024-04-01T00:00:00+02:00',
      to: '2024-05-01T12:34:56.789Z',
      breakdown: 'false',
    });
  });

  it('gets a series by bucket', async () => {
    const seen = captureGet('/v1/dora/series', series);

    const result = await client.getDoraSeries(
      { kind: 'Component', namespace: 'default', name: 'checkout' },
      {
        from: new Date('2024-02-01T00:00:00Z'),
        to: new Date('2024-05-01T00:00:00Z'),
        bucket: 'week',
      },
    );

    expect(result).toEqual(series);
    expect(seen[0].pathname).toBe('/api/delivery-reliability/v1/dora/series');
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
      from: '2024-02-01T00:00:00Z',
      to: '2024-05-01T00:00:00Z',
      bucket: 'week',
    });
  });

  it('throws a ResponseError naming the bad parameter', async () => {
    server.use(
      http.get(`${baseUrl}/v1/dora/series`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'bucket must be week or month',
            },
            request: { method: 'GET', url: '/v1/dora/series' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );

    await expect(
      client.getDoraSeries('component:default/checkout', {
        from: '2024-02-01T00:00:00Z',
        to: '2024-05-01T00:00:00Z',
        bucket: 'week',
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      cause: { message: 'bucket must be week or month' },
    });
  });

  it('throws a ResponseError when the group is unknown', async () => {
    server.use(
      http.get(
        `${baseUrl}/v1/dora`,
        () => new HttpResponse('not found', { status: 404 }),
      ),
    );

    await expect(
      client.getDora('group:default/nobody', {
        from: '2024-04-01T00:00:00Z',
        to: '2024-05-01T00:00:00Z',
      }),
    ).rejects.toBeInstanceOf(ResponseError);
  });
});
