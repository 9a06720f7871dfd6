import { DoraMetrics } from '../metrics/results';
import {
  DORA_TIER_TABLES,
  getDoraTierTable,
  isDoraTierTableYear,
} from './tables';
import { tierFor, tiersForDoraMetrics } from './tierFor';
import { DoraMetricName, DoraTier } from './types';

const H = 3600;
const D = 24 * H;
const W = 7 * D;
const M = 30 * D;

type Case = [DoraMetricName, number, DoraTier];

// Each case sits exactly on a bound or just past it.
const cases: Record<string, Case[]> = {
  '2021': [
    ['deploymentFrequency', 1, 'elite'], // ≥ daily
    ['deploymentFrequency', 0.99, 'high'], // daily–weekly gap falls to high
    ['deploymentFrequency', 1 / 30, 'high'], // ≥ monthly
    ['deploymentFrequency', 1 / 31, 'medium'],
    ['deploymentFrequency', 1 / 180, 'medium'], // ≥ once every six months
    ['deploymentFrequency', 1 / 181, 'low'],
    ['leadTimeForChanges', H - 1, 'elite'], // < 1 hour
    ['leadTimeForChanges', H, 'high'],
    ['leadTimeForChanges', W - 1, 'high'], // < 1 week
    ['leadTimeForChanges', W, 'medium'],
    ['leadTimeForChanges', 180 * D - 1, 'medium'], // < six months
    ['leadTimeForChanges', 180 * D, 'low'],
    ['changeFailureRate', 0.15, 'elite'], // 0–15 %
    ['changeFailureRate', 0.16, 'high'], // 16–30 % is high (medium and low share it)
    ['changeFailureRate', 0.3, 'high'],
    ['changeFailureRate', 0.31, 'low'],
    ['failedDeploymentRecoveryTime', H - 1, 'elite'],
    ['failedDeploymentRecoveryTime', H, 'high'],
    ['failedDeploymentRecoveryTime', D, 'medium'],
    ['failedDeploymentRecoveryTime', W - 1, 'medium'],
    ['failedDeploymentRecoveryTime', W, 'low'],
  ],
  '2022': [
    ['deploymentFrequency', 10, 'high'], // no elite cluster in 2022
    ['deploymentFrequency', 1, 'high'],
    ['deploymentFrequency', 0.99, 'medium'],
    ['deploymentFrequency', 1 / 30, 'medium'],
    ['deploymentFrequency', 1 / 31, 'low'],
    ['leadTimeForChanges', 0, 'high'],
    ['leadTimeForChanges', W - 1, 'high'],
    ['leadTimeForChanges', W, 'medium'],
    ['leadTimeForChanges', M - 1, 'medium'],
    ['leadTimeForChanges', M, 'low'],
    ['changeFailureRate', 0, 'high'],
    ['changeFailureRate', 0.15, 'high'],
    ['changeFailureRate', 0.151, 'medium'],
    ['changeFailureRate', 0.3, 'medium'],
    ['changeFailureRate', 0.301, 'low'],
    ['failedDeploymentRecoveryTime', 60, 'high'],
    ['failedDeploymentRecoveryTime', D - 1, 'high'],
    ['failedDeploymentRecoveryTime', D, 'medium'],
    ['failedDeploymentRecoveryTime', W, 'low'],
  ],
  '2023': [
    ['deploymentFrequency', 1, 'elite'], // ≥ 1/day
    ['deploymentFrequency', 0.999, 'high'],
    ['deploymentFrequency', 1 / 7, 'high'], // ≥ 1/week
    ['deploymentFrequency', 1 / 7.01, 'medium'],
    ['deploymentFrequency', 1 / 30, 'medium'], // ≥ 1/month (30 d)
    ['deploymentFrequency', 1 / 30.01, 'low'],
    ['deploymentFrequency', 0, 'low'],
    ['leadTimeForChanges', D - 1, 'elite'], // < 1 day
    ['leadTimeForChanges', D, 'high'],
    ['leadTimeForChanges', W - 1, 'high'], // < 1 week
    ['leadTimeForChanges', W, 'medium'],
    ['leadTimeForChanges', M - 1, 'medium'], // < 30 days
    ['leadTimeForChanges', M, 'low'],
    ['changeFailureRate', 0, 'elite'],
    ['changeFailureRate', 0.05, 'elite'], // ≤ 5 %
    ['changeFailureRate', 0.0501, 'high'],
    ['changeFailureRate', 0.1, 'high'], // ≤ 10 %
    ['changeFailureRate', 0.1001, 'medium'],
    ['changeFailureRate', 0.15, 'medium'], // ≤ 15 %
    ['changeFailureRate', 0.1501, 'low'],
    ['failedDeploymentRecoveryTime', H - 1, 'elite'], // < 1 hour
    ['failedDeploymentRecoveryTime', H, 'high'],
    ['failedDeploymentRecoveryTime', D - 1, 'high'], // < 1 day
    ['failedDeploymentRecoveryTime', D, 'medium'],
    ['failedDeploymentRecoveryTime', W - 1, 'medium'], // < 1 week
    ['failedDeploymentRecoveryTime', W, 'low'],
  ],
  '2024': [
    ['deploymentFrequency', 1, 'elite'],
    ['deploymentFrequency', 1 / 7, 'high'],
    ['deploymentFrequency', 1 / 30, 'medium'],
    ['deploymentFrequency', 1 / 31, 'low'],
    ['leadTimeForChanges', D - 1, 'elite'],
    ['leadTimeForChanges', W - 1, 'high'],
    ['leadTimeForChanges', M - 1, 'medium'],
    ['leadTimeForChanges', M, 'low'],
    ['changeFailureRate', 0.05, 'elite'],
    ['changeFailureRate', 0.08, 'high'], // medium's 10 % lies inside high's 20 %: medium unreachable
    ['changeFailureRate', 0.2, 'high'],
    ['changeFailureRate', 0.2001, 'low'],
    ['failedDeploymentRecoveryTime', H - 1, 'elite'],
    ['failedDeploymentRecoveryTime', D - 1, 'high'], // high and medium both "< 1 day"
    ['failedDeploymentRecoveryTime', D, 'low'],
  ],
};

describe('tierFor', () => {
  for (const [year, yearCases] of Object.entries(cases)) {
    it.each(yearCases)(`${year}: %s = %p → %s`, (metric, value, tier) => {
      expect(tierFor(metric, value, getDoraTierTable(year))).toBe(tier);
    });
  }

  it('defaults to the 2023 table', () => {
    expect(getDoraTierTable()).toBe(DORA_TIER_TABLES['2023']);
    expect(tierFor('changeFailureRate', 0.1)).toBe('high');
  });

  it('is null for no value, and always for rework rate', () => {
    expect(tierFor('leadTimeForChanges', null)).toBeNull();
    expect(tierFor('changeFailureRate', Number.NaN)).toBeNull();
    expect(tierFor('deploymentReworkRate', 0)).toBeNull();
  });

  it('never yields elite from the 2022 table', () => {
    const t2022 = getDoraTierTable('2022');
    const metrics: DoraMetricName[] = [
      'deploymentFrequency',
      'leadTimeForChanges',
      'changeFailureRate',
      'failedDeploymentRecoveryTime',
    ];
    for (const metric of metrics) {
      expect(
        tierFor(metric, metric === 'deploymentFrequency' ? 1000 : 0, t2022),
      ).toBe('high');
    }
  });
});

describe('tier tables', () => {
  it('are keyed by year and name themselves', () => {
    for (const [year, table] of Object.entries(DORA_TIER_TABLES)) {
      expect(table.year).toBe(year);
      expect(table.id).toBe(`dora-${year}`);
      expect(table.name).toContain(year);
      expect(table.source).toContain('State of DevOps');
    }
  });

  it('validate years', () => {
    expect(isDoraTierTableYear('2024')).toBe(true);
    expect(isDoraTierTableYear('2019')).toBe(false);
    expect(isDoraTierTableYear('toString')).toBe(false);
    expect(() => getDoraTierTable('2019')).toThrow(
      'use one of 2021, 2022, 2023, 2024',
    );
  });
});

describe('tiersForDoraMetrics', () => {
  it('tiers the headline value of each metric', () => {
    const metrics: DoraMetrics = {
      deploymentFrequency: { deployments: 6, days: 7, perDay: 6 / 7 }, // < 1/day, ≥ 1/week
      leadTimeForChanges: { n: 3, p50Seconds: 43_200, p90Seconds: 100_800 }, // p50 12 h < 1 day
      changeFailureRate: { deployments: 6, failed: 3, ratio: 0.5 },
      failedDeploymentRecoveryTime: {
        failed: 0,
        unresolved: 0,
        n: 0,
        p50Seconds: null,
      },
      deploymentReworkRate: { deployments: 6, unplanned: 3, ratio: 0.5 },
    };
    expect(tiersForDoraMetrics(metrics)).toEqual({
      deploymentFrequency: 'high',
      leadTimeForChanges: 'elite',
      changeFailureRate: 'low',
      failedDeploymentRecoveryTime: null,
      deploymentReworkRate: null,
    });
  });
});
