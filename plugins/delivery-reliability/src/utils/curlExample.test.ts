import { buildDeploymentEventCurl } from './curlExample';

describe('buildDeploymentEventCurl', () => {
  it('posts one deployment event of the entity', () => {
    const curl = buildDeploymentEventCurl({
      eventsUrl: 'http://localhost:7007/api/delivery-reliability/v1/events',
      entityRef: 'component:default/checkout',
      entityName: 'checkout',
      finishedAt: '2024-05-10T12:00:00Z',
    });

    expect(curl).toContain(
      "curl -X POST 'http://localhost:7007/api/delivery-reliability/v1/events'",
    );
    expect(curl).toContain(
      '-H "Authorization: Bearer $DELIVERY_RELIABILITY_CI_TOKEN"',
    );
    const body = JSON.parse(curl.slice(curl.indexOf("-d '") + 4, -1));
    expect(body).toEqual({
      events: [
        {
          type: 'deployment',
          id: 'checkout-1.0.0-production',
          entityRef: 'component:default/checkout',
          environment: 'production',
          status: 'succeeded',
          finishedAt: '2024-05-10T12:00:00Z',
          version: '1.0.0',
        },
      ],
    });
  });
});
