import {
  DEFAULT_VERDICT_THRESHOLDS,
  getDoraTierTable,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { orgComparison } from '../../testData/comparisonOrg';
import { xAxisSpec, yAxisSpec } from './scatterAxes';
import { scatterData } from './scatterData';
import { speedGuide, stabilityGuide } from './scatterGuides';

const org = orgComparison();
const DAY = 86_400;

describe('scatterData', () => {
  it('plots teams by deployments per day and share of SLOs met', () => {
    const { points, unplotted } = scatterData(
      org.teams,
      'deploymentFrequency',
      'sloAttainment',
    );
    expect(points.map(p => [p.name, p.x, p.y, p.verdict])).toEqual([
      ['Engineering', 85 / 90, 87.5, 'stabilise'], // 7 of 8 met
      ['Checkout team', 2, 100, 'keep-going'],
      ['team-discovery', 75 / 90, 75, 'stabilise'], // 3 of 4 met
      ['team-ledger', 10 / 90, 100, 'ship-more-often'],
      ['team-legacy', 2 / 90, 50, 'stabilise-first'],
    ]);
    expect(points[1]).toMatchObject({
      xText: 'deploys 2/day',
      yText: '100 % of SLOs met (3 of 3)',
    });
    expect(unplotted).toEqual([
      {
        entityRef: 'group:default/team-new',
        name: 'team-new',
        reason: 'no production deployments, no SLOs',
      },
    ]);
  });

  it('plots lead time against change failure rate', () => {
    const { points, unplotted } = scatterData(
      org.teams,
      'leadTimeForChanges',
      'changeFailureRate',
    );
    const ledger = points.find(p => p.name === 'team-ledger')!;
    expect([ledger.x, ledger.y]).toEqual([9 * DAY, 0]);
    expect(ledger.xText).toBe('lead time 9 d');
    expect(points.find(p => p.name === 'team-legacy')!.yText).toBe(
      'CFR 50 % (1 of 2)',
    );
    expect(unplotted.map(u => u.reason)).toEqual([
      'no lead time, no change failure rate',
    ]);
  });
});

describe('guide lines', () => {
  const t2023 = getDoraTierTable('2023');

  it('marks where the tier above the best slow tier begins', () => {
    // Medium and low are slow: "high" begins at 1/week and under 1 week.
    expect(speedGuide('deploymentFrequency', t2023, ['medium', 'low'])).toEqual(
      { bound: 1 / 7, tier: 'high' },
    );
    expect(speedGuide('leadTimeForChanges', t2023, ['medium', 'low'])).toEqual({
      bound: 7 * DAY,
      tier: 'high',
    });
    // Only low is slow: "medium" begins at 1/month and under 30 days.
    expect(speedGuide('deploymentFrequency', t2023, ['low'])).toEqual({
      bound: 1 / 30,
      tier: 'medium',
    });
    expect(speedGuide('leadTimeForChanges', t2023, ['low'])).toEqual({
      bound: 30 * DAY,
      tier: 'medium',
    });
  });

  it('draws no speed line when nothing or everything is slow', () => {
    expect(speedGuide('deploymentFrequency', t2023, [])).toBeNull();
    expect(
      speedGuide('deploymentFrequency', t2023, ['elite', 'high']),
    ).toBeNull();
    // 2022 has no elite cluster to begin anywhere.
    expect(
      speedGuide('leadTimeForChanges', getDoraTierTable('2022'), [
        'high',
        'medium',
        'low',
      ]),
    ).toBeNull();
  });

  it('puts stability at all SLOs met or the maximum change failure rate', () => {
    expect(stabilityGuide('sloAttainment', DEFAULT_VERDICT_THRESHOLDS)).toBe(
      100,
    );
    expect(
      stabilityGuide('changeFailureRate', { maxChangeFailureRatio: 0.15 }),
    ).toBe(15);
  });
});

describe('axes', () => {
  it('spans the frequency ticks around the values and the guide', () => {
    // Values from 2/90 ≈ 0.022 to 2 a day: from 1/6 months up to 10/day.
    const x = xAxisSpec('deploymentFrequency', [2 / 90, 2], 1 / 7);
    expect(x.domain).toEqual([1 / 180, 10]);
    expect(x.ticks.map(x.format)).toEqual([
      '1/6 months',
      '1/month',
      '1/week',
      '1/day',
      '10/day',
    ]);
    expect(x.reversed).toBe(false);
  });

  it('runs lead time right to left so faster is to the right', () => {
    const x = xAxisSpec('leadTimeForChanges', [10 * 3600, 45 * DAY], 7 * DAY);
    expect(x.domain).toEqual([3600, 180 * DAY]);
    expect(x.reversed).toBe(true);
  });

  it('turns the change failure axis upside down so stable is up', () => {
    expect(yAxisSpec('changeFailureRate', [5, 0, 50, 16], 15)).toMatchObject({
      domain: [0, 50],
      reversed: true,
    });
    // Twice the guide when every value is below it, rounded up to tens.
    expect(yAxisSpec('changeFailureRate', [4], 15).domain).toEqual([0, 30]);
    expect(yAxisSpec('sloAttainment', [50], 100)).toMatchObject({
      domain: [0, 100],
      reversed: false,
    });
  });
});
