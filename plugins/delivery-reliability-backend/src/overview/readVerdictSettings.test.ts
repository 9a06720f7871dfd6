import { ConfigReader } from '@backstage/config';
import { readVerdictSettings } from './readVerdictSettings';

const read = (verdict: object) =>
  readVerdictSettings(new ConfigReader({ deliveryReliability: { verdict } }));

describe('readVerdictSettings', () => {
  it('defaults to the documented thresholds', () => {
    expect(readVerdictSettings(new ConfigReader({}))).toEqual({
      thresholds: {
        slowTiers: ['medium', 'low'],
        maxChangeFailureRatio: 0.15,
        minDeploymentsForChangeFailureRate: 5,
        unstableBudgetStatuses: ['frozen'],
      },
      deploymentBurnThresholdRatio: 0.005,
    });
  });

  it('reads every key, dropping repeated entries', () => {
    expect(
      read({
        slowTiers: ['low', 'low'],
        maxChangeFailureRatio: 0.1,
        minDeploymentsForChangeFailureRate: 10,
        unstableBudgetStatuses: ['frozen', 'at-risk'],
        deploymentBurnThresholdRatio: 0.01,
      }),
    ).toEqual({
      thresholds: {
        slowTiers: ['low'],
        maxChangeFailureRatio: 0.1,
        minDeploymentsForChangeFailureRate: 10,
        unstableBudgetStatuses: ['frozen', 'at-risk'],
      },
      deploymentBurnThresholdRatio: 0.01,
    });
    // An empty list is a choice: delivery is never judged slow.
    expect(read({ slowTiers: [] }).thresholds.slowTiers).toEqual([]);
  });

  it('stops start-up on a bad value, naming the key', () => {
    expect(() => read({ slowTiers: ['medium', 'slow'] })).toThrow(
      'Invalid config deliveryReliability.verdict.slowTiers: each entry must be one of elite, high, medium, low, got ["slow"]',
    );
    expect(() => read({ unstableBudgetStatuses: ['ok'] })).toThrow(
      'Invalid config deliveryReliability.verdict.unstableBudgetStatuses: each entry must be one of frozen, at-risk, no-data, got ["ok"]',
    );
    expect(() => read({ maxChangeFailureRatio: 15 })).toThrow(
      'Invalid config deliveryReliability.verdict.maxChangeFailureRatio: must be a ratio between 0 and 1 (0.15 = 15 %), got 15',
    );
    expect(() => read({ deploymentBurnThresholdRatio: -0.1 })).toThrow(
      'Invalid config deliveryReliability.verdict.deploymentBurnThresholdRatio',
    );
    expect(() => read({ minDeploymentsForChangeFailureRate: 0 })).toThrow(
      'Invalid config deliveryReliability.verdict.minDeploymentsForChangeFailureRate: must be a whole number ≥ 1, got 0',
    );
    expect(() => read({ minDeploymentsForChangeFailureRate: 2.5 })).toThrow(
      'minDeploymentsForChangeFailureRate',
    );
    // Wrong types are refused by the config reader, also naming the key.
    expect(() => read({ slowTiers: 'low' })).toThrow(
      'deliveryReliability.verdict.slowTiers',
    );
  });
});
