import { ConfigReader } from '@backstage/config';
import { readGithubSourceConfig } from './config';

describe('readGithubSourceConfig', () => {
  it('applies the defaults', () => {
    const config = readGithubSourceConfig(new ConfigReader({}));
    expect(config).toMatchObject({
      frequencyMinutes: 10,
      backfillDays: 365,
      maxConcurrentRepositories: 4,
      host: 'github.com',
    });
    expect([...config.environmentByGithubName]).toEqual([
      ['production', 'production'],
      ['prod', 'production'],
    ]);
  });
  it('maps configured environment names case-insensitively', () => {
    const config = readGithubSourceConfig(
      new ConfigReader({
        deliveryReliability: {
          github: {
            environments: { production: ['Live'], staging: ['stage', 'qa'] },
          },
        },
      }),
    );
    expect([...config.environmentByGithubName]).toEqual([
      ['live', 'production'],
      ['stage', 'staging'],
      ['qa', 'staging'],
    ]);
  });
  it('names the field of a bad number', () => {
    expect(() =>
      readGithubSourceConfig(
        new ConfigReader({
          deliveryReliability: { github: { backfillDays: 0 } },
        }),
      ),
    ).toThrow(
      'deliveryReliability.github.backfillDays must be a number above 0, got 0',
    );
  });
});
