import { ConfigReader } from '@backstage/config';
import { readPagerDutyConfig } from './config';

describe('readPagerDutyConfig', () => {
  it('is undefined when the section is absent', () => {
    expect(readPagerDutyConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('applies defaults', () => {
    const config = new ConfigReader({
      deliveryReliability: { pagerduty: { apiToken: 't' } },
    });
    expect(readPagerDutyConfig(config)).toEqual({
      apiToken: 't',
      baseUrl: 'https://api.pagerduty.com',
      frequencyMinutes: 5,
      backfillDays: 365,
      overlapMinutes: 10,
      environment: 'production',
    });
  });

  it('names the field to fix', () => {
    const config = new ConfigReader({
      deliveryReliability: {
        pagerduty: { apiToken: 't', schedule: { frequencyMinutes: 0 } },
      },
    });
    expect(() => readPagerDutyConfig(config)).toThrow(
      /deliveryReliability\.pagerduty\.schedule\.frequencyMinutes/,
    );
  });
});
