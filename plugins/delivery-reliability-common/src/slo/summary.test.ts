import { parseOpenSloDocuments } from './openslo/parseOpenSlo';
import { evaluateSloObjective } from './math/evaluateSlo';
import { sloHistoryPoints, sloSummaryId, toSloSummary } from './summary';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const source = { metricSource: { type: 'Prometheus', spec: { query: 'q' } } };

const [slo] = parseOpenSloDocuments([
  {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: 'checkout', displayName: 'Checkout' },
    spec: {
      indicator: { spec: { ratioMetric: { good: source, total: source } } },
      timeWindow: [{ duration: '1d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [
        { displayName: 'Availability', target: 0.99 },
        { displayName: 'Stretch', target: 0.999 },
      ],
    },
  },
]).slos;

// the last 3 hours: 100 events per 5 minutes; in the hour before NOW − 1 h, 2 bad per bucket
const buckets = Array.from({ length: 36 }, (_, i) => {
  const startMs = NOW - (i + 1) * 5 * MIN;
  const bad = startMs >= NOW - 2 * HOUR && startMs < NOW - HOUR ? 2 : 0;
  return { startMs, good: 100 - bad, total: 100 };
});

describe('SLO summaries', () => {
  it('names objectives after the first with their index', () => {
    expect(slo.objectives.map(o => sloSummaryId(slo.name, o.index))).toEqual([
      'checkout',
      'checkout#1',
    ]);
  });

  it('turns an evaluation into the API view with its status', () => {
    const stretch = slo.objectives[1];
    const summary = toSloSummary(
      slo,
      stretch,
      evaluateSloObjective(slo, stretch, buckets, { nowMs: NOW }),
      {
        entityRef: 'component:default/checkout',
      },
    );
    // 3,600 events, 24 bad; budget 0.001: remaining = 1 − (24 / 3,600) / 0.001 = 1 − 6.666… = −5.666…
    expect(summary).toMatchObject({
      id: 'checkout#1',
      name: 'checkout',
      displayName: 'Checkout',
      entityRef: 'component:default/checkout',
      objective: { index: 1, displayName: 'Stretch', target: 0.999 },
      window: {
        type: 'rolling',
        duration: '1d',
        from: '2026-03-09T12:00:00.000Z',
        to: '2026-03-10T12:00:00.000Z',
        periodSeconds: 86_400,
      },
      budgetingMethod: 'Occurrences',
      unit: 'events',
      good: 3576,
      total: 3600,
      budgetRemainingRatio: -5.666666666667,
      status: 'frozen',
      alertState: 'none',
      timeToExhaustionSeconds: 0,
      dataFreshness: { lastBucketAt: '2026-03-10T11:55:00.000Z', stale: false },
    });
    expect(summary.alerts).toHaveLength(3);
  });

  it('computes history points from the same buckets', () => {
    const points = sloHistoryPoints(slo, slo.objectives[0], buckets, {
      fromMs: NOW - HOUR,
      toMs: NOW,
      pointStepMs: HOUR,
    });
    expect(points).toEqual([
      // at 11:00: 2,400 events in the last day so far, 24 bad; budget 0.01:
      // remaining = 1 − 0.01 / 0.01 = 0; the hour before had 24 bad of 1,200 → burn 2
      {
        at: '2026-03-10T11:00:00.000Z',
        good: 2376,
        total: 2400,
        sli: 0.99,
        budgetRemainingRatio: 0,
        burnRate1h: 2,
      },
      // at 12:00: 24 bad of 3,600 → 1 − (1 / 150) / 0.01 = 1/3; clean last hour → burn 0
      {
        at: '2026-03-10T12:00:00.000Z',
        good: 3576,
        total: 3600,
        sli: 0.993333333333,
        budgetRemainingRatio: 0.333333333333,
        burnRate1h: 0,
      },
    ]);
  });
});
