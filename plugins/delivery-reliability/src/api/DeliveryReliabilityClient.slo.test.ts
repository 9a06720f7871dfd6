import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  mockApis,
  MockFetchApi,
  registerMswTestHooks,
} from '@backstage/test-utils';
import {
  availabilityHistory,
  gateFor,
  overspentSlo,
  sloList,
} from '../testData/slo';
import { DeliveryReliabilityClient } from './DeliveryReliabilityClient';

const baseUrl = 'http://backstage.test/api/delivery-reliability';

describe('DeliveryReliabilityClient SLOs', () => {
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

  it('lists the SLOs of an entity by its canonical ref', async () => {
    const body = {
      ...sloList(),
      issues: [
        {
          document: { index: 1, kind: 'SLO', name: 'broken' },
          path: 'spec.objectives[0].target',
          message: 'target must be a number in (0, 1)',
        },
      ],
    };
    const seen = captureGet('/v1/slos', body);

    const result = await client.getSlos('Component:Checkout');

    expect(result).toEqual(body);
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
    });
  });

  it('gets the history of an objective, escaping # in its id', async () => {
    const body = { ...availabilityHistory(), id: overspentSlo.id };
    const seen = captureGet('/v1/slos/:id/history', body);

    const result = await client.getSloHistory(
      'component:default/checkout',
      'latency#1',
      {
        from: new Date('2024-04-03T12:00:00Z'),
        to: '2024-05-01T12:00:00Z',
        step: '6h',
      },
    );

    expect(result).toEqual(body);
    // Unescaped, `#1` would become a fragment and the id would lose it.
    expect(seen[0].pathname).toBe(
      '/api/delivery-reliability/v1/slos/latency%231/history',
    );
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
      from: '2024-04-03T12:00:00Z',
      to: '2024-05-01T12:00:00Z',
      step: '6h',
    });
  });

  it('leaves the step to the backend when not given', async () => {
    const seen = captureGet('/v1/slos/:id/history', availabilityHistory());

    await client.getSloHistory('component:default/checkout', 'availability', {
      from: '2024-04-03T12:00:00Z',
      to: '2024-05-01T12:00:00Z',
    });

    expect(seen[0].searchParams.has('step')).toBe(false);
  });

  it('asks the gate about a change type', async () => {
    const body = gateFor([overspentSlo], 'hotfix');
    const seen = captureGet('/v1/gate', body);

    const result = await client.getGate('component:default/checkout', {
      changeType: 'hotfix',
    });

    expect(result).toEqual(body);
    expect(result.decision).toBe('allow');
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
      changeType: 'hotfix',
    });
  });

  it('throws a ResponseError naming the bad parameter', async () => {
    server.use(
      http.get(`${baseUrl}/v1/gate`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'changeType must be one of feature, hotfix, security',
            },
            request: { method: 'GET', url: '/v1/gate' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );

    await expect(
      client.getGate('component:default/checkout', { changeType: 'feature' }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      cause: {
        message: 'changeType must be one of feature, hotfix, security',
      },
    });
  });
});
