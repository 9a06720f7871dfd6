import { buildGateCurl } from './gateCurl';

describe('buildGateCurl', () => {
  it('asks the gate and fails unless the decision is allow', () => {
    expect(
      buildGateCurl({
        pluginBaseUrl: 'http://localhost:7007/api/delivery-reliability',
        entityRef: 'component:default/checkout-api',
        changeType: 'feature',
      }),
    ).toBe(
      'curl -fsS \\\n' +
        '  -H "Authorization: Bearer $DELIVERY_RELIABILITY_CI_TOKEN" \\\n' +
        '  "http://localhost:7007/api/delivery-reliability/v1/gate?entityRef=component:default/checkout-api&changeType=feature" \\\n' +
        `  | jq -e '.decision == "allow"'`,
    );
  });

  it('escapes characters that would break the query or the shell string', () => {
    expect(
      buildGateCurl({
        pluginBaseUrl: 'https://portal.example.com/api/delivery-reliability',
        entityRef: 'component:default/a&b$c',
        changeType: 'hotfix',
      }),
    ).toContain('entityRef=component:default/a%26b%24c&changeType=hotfix');
  });
});
