import { SliBucket } from './buckets';
import {
  SloBurnAlertRule,
  evaluateBurnAlerts,
  scaledBurnRateThreshold,
  sloAlertState,
  workbookBurnAlertRules,
} from './burnAlerts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const STEP = 5 * MIN;
const NOW = Date.parse('2026-03-10T12:00:00Z');

/**
 * Three days of 5-minute buckets ending at NOW (864 buckets), each of `total`
 * events; `bad(minutesAgo)` says how many of a bucket starting that many
 * minutes before NOW are bad.
 */
function threeDays(
  total: number,
  bad: (minutesAgo: number) => number,
): SliBucket[] {
  return Array.from({ length: (3 * DAY) / STEP }, (_, i) => {
    const minutesAgo = (i + 1) * 5;
    return {
      startMs: NOW - minutesAgo * MIN,
      good: total - bad(minutesAgo),
      total,
    };
  });
}

const target = 0.999; // budget 0.001
const budgeting = { method: 'Occurrences' as const };
const rules30d = workbookBurnAlertRules(30 * DAY);

function evaluate(
  buckets: SliBucket[],
  extra: { rules?: SloBurnAlertRule[]; minEventsInLongWindow?: number } = {},
) {
  return evaluateBurnAlerts({
    buckets,
    nowMs: NOW,
    target,
    budgeting,
    rules: rules30d,
    ...extra,
  });
}

describe('scaled burn-rate thresholds', () => {
  it('are the Workbook factors for a 30-day period', () => {
    // 2 % × 720 h / 1 h = 14.4; 5 % × 720 h / 6 h = 6; 10 % × 720 h / 72 h = 1
    expect(rules30d).toEqual([
      {
        severity: 'page',
        longWindow: '1h',
        longWindowMs: HOUR,
        shortWindow: '5m',
        shortWindowMs: 5 * MIN,
        burnRateThreshold: 14.4,
      },
      {
        severity: 'page',
        longWindow: '6h',
        longWindowMs: 6 * HOUR,
        shortWindow: '30m',
        shortWindowMs: 30 * MIN,
        burnRateThreshold: 6,
      },
      {
        severity: 'ticket',
        longWindow: '3d',
        longWindowMs: 3 * DAY,
        shortWindow: '6h',
        shortWindowMs: 6 * HOUR,
        burnRateThreshold: 1,
      },
    ]);
  });

  it('spend the same budget share over a 28-day period', () => {
    // 28 d = 672 h: 0.02 × 672 / 1 = 13.44; 0.05 × 672 / 6 = 5.6; 0.1 × 672 / 72 = 0.9333…
    expect(
      workbookBurnAlertRules(28 * DAY).map(r => r.burnRateThreshold),
    ).toEqual([13.44, 5.6, 0.933333333333]);
  });

  it('spend the same budget share over a 7-day period', () => {
    // 7 d = 168 h: 0.02 × 168 / 1 = 3.36; 0.05 × 168 / 6 = 1.4; 0.1 × 168 / 72 = 0.2333…
    expect(
      workbookBurnAlertRules(7 * DAY).map(r => r.burnRateThreshold),
    ).toEqual([3.36, 1.4, 0.233333333333]);
    // check: burning at 3.36 for 1 h of a 168 h period spends 3.36 / 168 = 2 % of the budget
    expect(scaledBurnRateThreshold(0.02, 7 * DAY, HOUR) / 168).toBeCloseTo(
      0.02,
      12,
    );
  });
});

describe('evaluateBurnAlerts', () => {
  // 10,000 events per bucket; 144 bad in each of the last 12 buckets (the last hour)
  // → 1 h burn = 144 / 10,000 / 0.001 = 14.4 = threshold, and so is 5 m
  it('does not page at exactly the threshold', () => {
    const alerts = evaluate(threeDays(10_000, m => (m <= 60 ? 144 : 0)));
    expect(alerts[0]).toMatchObject({
      longBurnRate: 14.4,
      shortBurnRate: 14.4,
      lowTraffic: false,
      firing: false,
    });
    expect(sloAlertState(alerts)).toBe('none');
  });

  it('pages just above the threshold on 1 h and 5 m', () => {
    // 145 bad per bucket: 1 h and 5 m burn = 14.5 > 14.4 → page
    // 6 h: 12 × 145 / (72 × 10,000) / 0.001 = 2.41666… < 6; 3 d: 1,740 / 8,640,000 / 0.001 = 0.20138… < 1
    const alerts = evaluate(threeDays(10_000, m => (m <= 60 ? 145 : 0)));
    expect(
      alerts.map(a => [a.longBurnRate, a.shortBurnRate, a.firing]),
    ).toEqual([
      [14.5, 14.5, true],
      [2.416666666667, 14.5, false],
      [0.201388888889, 2.416666666667, false],
    ]);
    expect(sloAlertState(alerts)).toBe('page');
  });

  it('stops paging once the short window recovers', () => {
    // bad for 55 minutes, then a clean last bucket: 1 h = 11 × 160 / 120,000 / 0.001 = 14.666… > 14.4
    // but 5 m = 0 → not firing
    const alerts = evaluate(
      threeDays(10_000, m => (m > 5 && m <= 60 ? 160 : 0)),
    );
    expect(alerts[0]).toMatchObject({
      longBurnRate: 14.666666666667,
      shortBurnRate: 0,
      firing: false,
    });
  });

  it('pages on 6 h and 30 m above 6', () => {
    // 61 bad per bucket for 6 h: burn = 61 / 10,000 / 0.001 = 6.1 on 6 h and 30 m (and 1 h: 6.1 < 14.4)
    const alerts = evaluate(threeDays(10_000, m => (m <= 360 ? 61 : 0)));
    expect(alerts.map(a => a.firing)).toEqual([false, true, false]);
    expect(sloAlertState(alerts)).toBe('page');
  });

  it('opens a ticket on 3 d and 6 h above 1, not at exactly 1', () => {
    // a steady 10 bad per 10,000: burn 1 everywhere → at the threshold, nothing fires
    expect(sloAlertState(evaluate(threeDays(10_000, () => 10)))).toBe('none');
    // 11 bad per 10,000: burn 1.1 on 3 d and 6 h → ticket (1.1 is far below 14.4 and 6)
    const alerts = evaluate(threeDays(10_000, () => 11));
    expect(alerts.map(a => a.firing)).toEqual([false, false, true]);
    expect(sloAlertState(alerts)).toBe('ticket');
  });

  it('flags low traffic instead of paging on a handful of events', () => {
    // 5 events per bucket → 60 in the last hour; 1 bad event in the last bucket:
    // 1 h burn = 1 / 60 / 0.001 = 16.666…, 5 m = 1 / 5 / 0.001 = 200 — both above 14.4,
    // but one bad event alone exceeds 14.4 below 1 / (0.001 × 14.4) = 69.4 events → low traffic
    const buckets = threeDays(5, m => (m === 5 ? 1 : 0));
    const [fast] = evaluate(buckets);
    expect(fast).toMatchObject({
      longBurnRate: 16.666666666667,
      shortBurnRate: 200,
      longWindowEvents: 60,
      lowTraffic: true,
      firing: false,
    });
    // with an explicit floor of 50 events, 60 events are enough: it pages
    const [withFloor] = evaluate(buckets, { minEventsInLongWindow: 50 });
    expect(withFloor).toMatchObject({ lowTraffic: false, firing: true });
  });

  it('does not flag Timeslices budgeting as low traffic by default', () => {
    const [fast] = evaluateBurnAlerts({
      buckets: threeDays(5, m => (m === 5 ? 1 : 0)),
      nowMs: NOW,
      target,
      budgeting: {
        method: 'Timeslices',
        timeSliceMs: STEP,
        timeSliceTarget: 0.9,
      },
      rules: rules30d,
    });
    // 12 slices in the hour, 1 bad (4/5 = 0.8 < 0.9): burn = 1 / 12 / 0.001 = 83.333…
    expect(fast).toMatchObject({
      longBurnRate: 83.333333333333,
      lowTraffic: false,
      firing: true,
    });
  });
});
