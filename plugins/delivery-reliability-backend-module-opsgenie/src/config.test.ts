import { ConfigReader } from '@backstage/config';
import { readOpsgenieConfig } from './config';

describe('readOpsgenieConfig', () => {
  it('is undefined when the section is absent', () => {
    expect(readOpsgenieConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('applies defaults', () => {
    const config = new ConfigReader({
      deliveryReliability: { opsgenie: { apiKey: 't' } },
    });
    expect(readOpsgenieConfig(config)).toEqual({
      apiKey: 't',
      baseUrl: 'https://api.opsgenie.com',
      frequencyMinutes: 5,
      backfillDays: 365,
      overlapMinutes: 10,
      environment: 'production',
    });
  });

  it('names the field to fix', () => {
    const config = new ConfigReader({
      deliveryReliability: {
        opsgenie: { apiKey: 't', schedule: { frequencyMinutes: 0 } },
      },
    });
    expect(() => readOpsgenieConfig(config)).toThrow(
      /deliveryReliability\.opsgenie\.schedule\.frequencyMinutes/,
    );
  });
});
