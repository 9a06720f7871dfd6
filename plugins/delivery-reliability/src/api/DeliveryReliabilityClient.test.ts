import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  mockApis,
  MockFetchApi,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryReliabilityClient } from './DeliveryReliabilityClient';

const baseUrl = 'http://backstage.test/api/delivery-reliability';

const deployments: Page<DeploymentView> = {
  items: [
    {
      id: 'dep-1',
      entityRef: 'component:default/checkout',
      environment: 'production',
      status: 'succeeded',
      finishedAt: '2024-05-01T12:00:00Z',
      version: '1.2.3',
      rollback: false,
      hotfix: false,
      failed: false,
      changes: [],
      incidents: [],
    },
  ],
  totalCount: 1,
  limit: 20,
  offset: 0,
};

const incidents: Page<IncidentView> = {
  items: [
    {
      id: 'inc-1',
      entityRef: 'component:default/checkout',
      environment: 'production',
      startedAt: '2024-05-01T13:00:00Z',
    },
  ],
  totalCount: 1,
  limit: 50,
  offset: 0,
};

describe('DeliveryReliabilityClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new DeliveryReliabilityClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi(),
  });

  /** Captures the URL of the one request the handler answers. */
  function captureGet(path: string, body: object) {
    const seen: URL[] = [];
    server.use(
      http.get(`${baseUrl}${path}`, ({ request }) => {
        seen.push(new URL(request.url));
        // Interfaces lack the index signature msw's JsonBodyType wants.
        return HttpResponse.json(body);
      }),
    );
    return seen;
  }

  it('gets a page of deployments with paging and environment', async () => {
    const seen = captureGet(
      '/v1/entities/component/default/checkout/deployments',
      deployments,
    );

    const page = await client.getDeployments('component:default/checkout', {
      limit: 20,
      offset: 40,
      environment: 'production',
    });

    expect(page).toEqual(deployments);
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      limit: '20',
      offset: '40',
      environment: 'production',
    });
  });

  it('sends no query parameters that were not given', async () => {
    const seen = captureGet(
      '/v1/entities/component/default/checkout/deployments',
      deployments,
    );

    await client.getDeployments('component:default/checkout', {
      environment: '',
    });

    expect(seen[0].search).toBe('');
  });

  it('lower-cases and encodes the entity ref into path segments', async () => {
    const seen = captureGet('/v1/entities/*', deployments);

    await client.getDeployments({
      kind: 'Component',
      namespace: 'Team A',
      name: 'Checkout#2',
    });

    expect(seen[0].pathname).toBe(
      '/api/delivery-reliability/v1/entities/component/team%20a/checkout%232/deployments',
    );
  });

  it('defaults the namespace of a string ref', async () => {
    const seen = captureGet('/v1/entities/*', incidents);

    await client.getIncidents('component:checkout');

    expect(seen[0].pathname).toBe(
      '/api/delivery-reliability/v1/entities/component/default/checkout/incidents',
    );
  });

  it('gets a page of incidents with paging', async () => {
    const seen = captureGet(
      '/v1/entities/component/default/checkout/incidents',
      incidents,
    );

    const page = await client.getIncidents('component:default/checkout', {
      limit: 5,
      offset: 0,
    });

    expect(page).toEqual(incidents);
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      limit: '5',
      offset: '0',
    });
  });

  it('throws a ResponseError carrying the backend error', async () => {
    server.use(
      http.get(`${baseUrl}/v1/entities/*`, () =>
        HttpResponse.json(
          {
            error: { name: 'InputError', message: 'limit must be at most 500' },
            request: { method: 'GET', url: '/v1/entities/…' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );

    const result = client.getDeployments('component:default/checkout', {
      limit: 1000,
    });

    await expect(result).rejects.toBeInstanceOf(ResponseError);
    await expect(result).rejects.toMatchObject({
      statusCode: 400,
      cause: { name: 'InputError', message: 'limit must be at most 500' },
    });
  });

  it('throws a ResponseError for a non-JSON failure', async () => {
    server.use(
      http.get(
        `${baseUrl}/v1/entities/*`,
        () => new HttpResponse('upstream down', { status: 502 }),
      ),
    );

    await expect(
      client.getIncidents('component:default/checkout'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 502 });
  });
});
