import { OpenSloObjective, OpenSloSlo } from '../openslo/types';
import { SliBucket } from './buckets';
import { evaluateSloObjective } from './evaluateSlo';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const STEP = 5 * MIN;
const NOW = Date.parse('2026-03-10T12:00:00Z'); // a Tuesday

/** `days` of 5-minute buckets of 1,000 events ending at NOW; `good(minutesAgo)` per bucket. */
function series(
  days: number,
  good: (minutesAgo: number) => number,
): SliBucket[] {
  return Array.from({ length: (days * DAY) / STEP }, (_, i) => {
    const minutesAgo = (i + 1) * 5;
    return {
      startMs: NOW - minutesAgo * MIN,
      good: good(minutesAgo),
      total: 1000,
    };
  });
}

const rolling30d: OpenSloSlo['timeWindow'] = {
  type: 'rolling',
  duration: { text: '30d', count: 30, unit: 'd' },
};
const week: OpenSloSlo['timeWindow'] = {
  type: 'calendar',
  duration: { text: '1w', count: 1, unit: 'w' },
  startTime: '2026-03-02 00:00:00', // a Monday: the current period is [Mon 9th, Mon 16th)
  timeZone: 'UTC',
};
const occurrences = {
  budgetingMethod: 'Occurrences' as const,
  alertPolicies: [],
};
const objective = (
  target: number,
  extra: Partial<OpenSloObjective> = {},
): OpenSloObjective => ({
  index: 0,
  displayName: 'Availability',
  target,
  ...extra,
});

describe('evaluateSloObjective', () => {
  // 30 days × 288 buckets × 1,000 = 8,640,000 events; 20 bad in each of the last
  // 12 buckets (2 % errors for an hour) = 240 bad
  const buckets = series(30, m => (m <= 60 ? 980 : 1000));
  const slo = { ...occurrences, timeWindow: rolling30d };

  it('computes budget, burn rates, alerts and time to exhaustion (worked example)', () => {
    const e = evaluateSloObjective(slo, objective(0.999), buckets, {
      nowMs: NOW,
    });
    expect(e.period).toEqual({ startMs: NOW - 30 * DAY, endMs: NOW });
    expect(e.periodMs).toBe(30 * DAY);
    expect(e.counts).toEqual({ good: 8_639_760, total: 8_640_000 });
    // SLI = 8,639,760 / 8,640,000 = 0.99997222…
    expect(e.sli).toBe(0.999972222222);
    // remaining = 1 − (240 / 8,640,000) / 0.001 = 1 − 0.02777… = 0.97222…
    expect(e.budgetRemainingRatio).toBe(0.972222222222);
    // 20 / 1,000 / 0.001 = 20 within the bad hour; then 240 bad over 24k, 72k, 288k, 864k events
    expect(e.burnRates).toEqual({
      '5m': 20,
      '30m': 20,
      '1h': 20,
      '2h': 10,
      '6h': 3.333333333333,
      '1d': 0.833333333333,
      '3d': 0.277777777778,
    });
    // 1 h and 5 m both at 20 > 14.4 → page
    expect(e.alerts.map(a => a.firing)).toEqual([true, false, false]);
    expect(e.alertState).toBe('page');
    expect(e.lowTraffic).toBe(false);
    // at the 1 h burn of 20: 0.97222… × 2,592,000 s / 20 = 126,000 s = 35 h
    expect(e.timeToExhaustionSeconds).toBeCloseTo(126_000, 3);
    expect(e.dataFreshness).toEqual({
      lastBucketAtMs: NOW - STEP,
      stale: false,
    });
  });

  it('excludes a maintenance window from budget, burn rates and alerts', () => {
    const e = evaluateSloObjective(slo, objective(0.999), buckets, {
      nowMs: NOW,
      maintenanceWindows: [{ fromMs: NOW - HOUR, toMs: NOW }],
    });
    // the bad hour is gone: 8,628,000 good of 8,628,000
    expect(e.counts).toEqual({ good: 8_628_000, total: 8_628_000 });
    expect(e.budgetRemainingRatio).toBe(1);
    expect(e.burnRates['1h']).toBeNull(); // no data in the last hour, not "0"
    expect(e.burnRates['2h']).toBe(0);
    expect(e.alertState).toBe('none');
    expect(e.timeToExhaustionSeconds).toBeNull();
  });

  it("uses the SLO's own burn-rate policies instead of the Workbook rules", () => {
    const condition = {
      severity: 'page',
      kind: 'burnrate' as const,
      threshold: 30,
      lookbackWindow: { text: '1h', count: 1, unit: 'h' as const },
      alertAfter: { text: '0m', count: 0, unit: 'm' as const },
    };
    const own = {
      ...slo,
      alertPolicies: [
        {
          alertWhenBreaching: true,
          alertWhenResolved: false,
          alertWhenNoData: false,
          conditions: [condition],
        },
      ],
    };
    const e = evaluateSloObjective(own, objective(0.999), buckets, {
      nowMs: NOW,
    });
    // one rule: 1 h and 5 m at 20, below 30
    expect(
      e.alerts.map(a => [
        a.longWindow,
        a.shortWindow,
        a.burnRateThreshold,
        a.firing,
      ]),
    ).toEqual([['1h', '5m', 30, false]]);
    expect(e.alertState).toBe('none');
  });

  it('reports stale data when no bucket arrived for longer than three steps', () => {
    const e = evaluateSloObjective(slo, objective(0.999), buckets, {
      nowMs: NOW + 30 * MIN,
    });
    // newest bucket [11:55, 12:00) ended 30 min before 12:30 > 15 min
    expect(e.dataFreshness).toEqual({
      lastBucketAtMs: NOW - STEP,
      stale: true,
    });
    expect(
      evaluateSloObjective(slo, objective(0.999), [], { nowMs: NOW })
        .dataFreshness,
    ).toEqual({ lastBucketAtMs: null, stale: true });
  });

  it('budgets a calendar week to date and caps exhaustion at the period end', () => {
    // 3 days of buckets; 1 bad per bucket in the last hour (12 bad)
    const e = evaluateSloObjective(
      { ...occurrences, timeWindow: week },
      objective(0.99),
      series(3, m => (m <= 60 ? 999 : 1000)),
      { nowMs: NOW },
    );
    expect(e.period).toEqual({
      startMs: Date.parse('2026-03-09T00:00:00Z'),
      endMs: Date.parse('2026-03-16T00:00:00Z'),
    });
    expect(e.periodMs).toBe(7 * DAY);
    // 36 h so far = 432 buckets = 432,000 events, 12 bad:
    // remaining = 1 − (12 / 432,000) / 0.01 = 1 − 0.0027777… = 0.99722…
    expect(e.counts).toEqual({ good: 431_988, total: 432_000 });
    expect(e.budgetRemainingRatio).toBe(0.997222222222);
    // 7-day thresholds: 3.36, 1.4, 0.2333…
    expect(e.alerts.map(a => a.burnRateThreshold)).toEqual([
      3.36, 1.4, 0.233333333333,
    ]);
    // 1 h burn = 12 / 12,000 / 0.01 = 0.1 → 0.99722 × 604,800 s / 0.1 ≈ 69.8 days,
    // beyond the period end in 3.5 days, when the budget resets → null
    expect(e.burnRates['1h']).toBe(0.1);
    expect(e.timeToExhaustionSeconds).toBeNull();
  });

  it('budgets Timeslices in slices and reports the events behind them', () => {
    // hourly slices, good when ≥ 95 % good; the last two hours run at 90 %
    const e = evaluateSloObjective(
      { budgetingMethod: 'Timeslices', alertPolicies: [], timeWindow: week },
      objective(0.9, {
        timeSliceTarget: 0.95,
        timeSliceWindow: { text: '1h', count: 1, unit: 'h' },
      }),
      series(3, m => (m <= 120 ? 900 : 1000)),
      { nowMs: NOW },
    );
    expect(e.unit).toBe('slices');
    // 36 hourly slices so far, 2 bad → SLI 34 / 36 = 0.9444…
    expect(e.counts).toEqual({ good: 34, total: 36 });
    expect(e.sli).toBe(0.944444444444);
    // 432 buckets × 1,000 events, 24 × 100 bad
    expect(e.events).toEqual({ good: 429_600, total: 432_000 });
    // budget 0.1; remaining = 1 − (2 / 36) / 0.1 = 1 − 0.5555… = 0.4444…
    expect(e.budgetRemainingRatio).toBe(0.444444444444);
    // last hour = one bad slice → burn 1 / 0.1 = 10 > 3.36 on 1 h and 5 m → page
    expect(e.burnRates['1h']).toBe(10);
    expect(e.alertState).toBe('page');
    // 0.4444… × 604,800 s / 10 = 26,880 s ≈ 7.5 h, before the period ends
    expect(e.timeToExhaustionSeconds).toBeCloseTo(26_880, 3);
  });
});
