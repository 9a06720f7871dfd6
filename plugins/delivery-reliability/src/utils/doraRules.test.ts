import {
  DORA_TIER_TABLES,
  DoraMetricName,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { tierTable2023 } from '../testData/dora';
import { doraRuleText, doraTierThresholdsText } from './doraRules';

describe('doraTierThresholdsText', () => {
  it.each<[DoraMetricName, string]>([
    [
      'deploymentFrequency',
      'Tiers (DORA 2023): elite ≥ once a day, high ≥ once a week, medium ≥ once a month (30 d), else low.',
    ],
    [
      'leadTimeForChanges',
      'Tiers (DORA 2023): p50 elite < 1 day, high < 1 week, medium < 30 days, else low.',
    ],
    [
      'changeFailureRate',
      'Tiers (DORA 2023): elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, else low.',
    ],
    [
      'failedDeploymentRecoveryTime',
      'Tiers (DORA 2023): p50 elite < 1 hour, high < 1 day, medium < 1 week, else low.',
    ],
    [
      'deploymentReworkRate',
      'No tiers: DORA publishes rework rate without performance clusters.',
    ],
  ])('states the 2023 thresholds of %s', (metric, text) => {
    expect(doraTierThresholdsText(metric, DORA_TIER_TABLES['2023'])).toBe(text);
  });

  it('follows the table in use', () => {
    expect(
      doraTierThresholdsText('deploymentFrequency', DORA_TIER_TABLES['2021']),
    ).toBe(
      'Tiers (DORA 2021): elite ≥ once a day, high ≥ once a month (30 d), medium ≥ once every 180 days, else low.',
    );
    expect(
      doraTierThresholdsText('leadTimeForChanges', DORA_TIER_TABLES['2022']),
    ).toBe(
      'Tiers (DORA 2022): p50 high < 1 week, medium < 30 days, else low (no elite tier).',
    );
  });
});

describe('doraRuleText', () => {
  it('names where lead time starts, then the thresholds', () => {
    const text = doraRuleText('leadTimeForChanges', {
      tierTable: tierTable2023,
      leadTimeStart: 'merged',
    });
    expect(text).toContain(
      "that deployment's finish − the change's merge (first commit when unknown).",
    );
    expect(text).toMatch(/elite < 1 day.*else low\.$/);
  });

  it('defaults to the first commit and paraphrases the definitions', () => {
    expect(
      doraRuleText('leadTimeForChanges', { tierTable: tierTable2023 }),
    ).toContain("the change's first commit.");
    expect(
      doraRuleText('changeFailureRate', { tierTable: tierTable2023 }),
    ).toContain('a later rollback reverts it or at least one incident');
  });

  it('leaves out thresholds of a table the frontend does not know', () => {
    const text = doraRuleText('changeFailureRate', {
      tierTable: { ...tierTable2023, year: '2030' as '2023' },
    });
    expect(text).not.toContain('Tiers');
  });
});
