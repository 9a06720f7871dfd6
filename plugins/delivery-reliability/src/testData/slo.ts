import {
  decideRelease,
  GateResponse,
  ReleaseChangeType,
  SloHistoryResponse,
  SloListResponse,
  SloSummary,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Hand-built SLO answers for component tests (not imported by production code). */

const ENTITY_REF = 'component:default/checkout';
const DAY_S = 86_400;

/**
 * 99.5 % availability over 28 days: 380 of 100 000 requests failed, so the
 * SLI is 99.62 % and 1 − (380 / 100 000) / 0.005 = 24 % of the budget is left
 * (at risk, below 25 %). At the 1 h burn rate of 2.4 that lasts
 * 0.24 × 28 d / 2.4 = 2.8 d = 2 d 19 h 12 min.
 */
export const availabilitySlo: SloSummary = {
  id: 'availability',
  name: 'availability',
  displayName: 'Checkout availability',
  entityRef: ENTITY_REF,
  objective: { index: 0, displayName: 'Good requests', target: 0.995 },
  window: {
    type: 'rolling',
    duration: '28d',
    from: '2024-04-03T12:00:00.000Z',
    to: '2024-05-01T12:00:00.000Z',
    periodSeconds: 28 * DAY_S,
  },
  budgetingMethod: 'Occurrences',
  unit: 'events',
  good: 99_620,
  total: 100_000,
  sli: 0.9962,
  errorBudgetRatio: 0.005,
  budgetRemainingRatio: 0.24,
  status: 'at-risk',
  burnRates: {
    '5m': 3,
    '30m': 2.5,
    '1h': 2.4,
    '2h': 2,
    '6h': 0.8,
    '1d': 1,
    '3d': 1.1,
  },
  alertState: 'none',
  alerts: [
    {
      severity: 'page',
      longWindow: '1h',
      shortWindow: '5m',
      burnRateThreshold: 13.44,
      longBurnRate: 2.4,
      shortBurnRate: 3,
      longWindowEvents: 150,
      lowTraffic: false,
      firing: false,
    },
    {
      severity: 'page',
      longWindow: '6h',
      shortWindow: '30m',
      burnRateThreshold: 5.6,
      longBurnRate: 0.8,
      shortBurnRate: 2.5,
      longWindowEvents: 900,
      lowTraffic: false,
      firing: false,
    },
    {
      severity: 'ticket',
      longWindow: '3d',
      shortWindow: '6h',
      burnRateThreshold: 0.9333,
      longBurnRate: 1.1,
      shortBurnRate: 0.8,
      longWindowEvents: 11_000,
      lowTraffic: false,
      firing: false,
    },
  ],
  lowTraffic: false,
  timeToExhaustionSeconds: (0.24 * 28 * DAY_S) / 2.4,
  dataFreshness: { lastBucketAt: '2024-05-01T11:55:00.000Z', stale: false },
};

/**
 * The second objective (p99 under 300 ms, 99 %) of the latency SLO: 150 of
 * 10 000 requests were slow, 1 − 0.015 / 0.01 = −50 % left (overspent,
 * frozen), with a page alert firing on the 1 h window (15.2 > 13.44).
 */
export const overspentSlo: SloSummary = {
  ...availabilitySlo,
  id: 'latency#1',
  name: 'latency',
  displayName: 'Checkout latency',
  objective: { index: 1, displayName: 'p99 under 300 ms', target: 0.99 },
  good: 9_850,
  total: 10_000,
  sli: 0.985,
  errorBudgetRatio: 0.01,
  budgetRemainingRatio: -0.5,
  status: 'frozen',
  burnRates: {
    '5m': 16,
    '30m': 9,
    '1h': 15.2,
    '2h': 12,
    '6h': 7.1,
    '1d': 3,
    '3d': 2,
  },
  alertState: 'page',
  alerts: availabilitySlo.alerts.map(a =>
    a.longWindow === '1h'
      ? { ...a, longBurnRate: 15.2, shortBurnRate: 16, firing: true }
      : a,
  ),
  timeToExhaustionSeconds: 0,
};

/**
 * A calendar-month SLO whose source stopped answering: no bucket in its
 * period (no data, never 100 %), stale, low traffic.
 */
export const noDataSlo: SloSummary = {
  ...availabilitySlo,
  id: 'login-success',
  name: 'login-success',
  displayName: undefined,
  objective: { index: 0, displayName: 'Logins succeed', target: 0.999 },
  window: {
    type: 'calendar',
    duration: '1M',
    timeZone: 'Europe/Berlin',
    from: '2024-04-30T22:00:00.000Z',
    to: '2024-05-31T22:00:00.000Z',
    periodSeconds: 31 * DAY_S,
  },
  good: 0,
  total: 0,
  sli: null,
  errorBudgetRatio: 0.001,
  budgetRemainingRatio: null,
  status: 'no-data',
  burnRates: {
    '5m': null,
    '30m': null,
    '1h': null,
    '2h': null,
    '6h': null,
    '1d': null,
    '3d': null,
  },
  alertState: 'none',
  alerts: [],
  lowTraffic: true,
  timeToExhaustionSeconds: null,
  dataFreshness: {
    lastBucketAt: null,
    stale: true,
    lastError: 'Prometheus answered 503 Service Unavailable',
  },
};

/** The three SLOs above, without definition issues. */
export function sloList(
  slos: SloSummary[] = [availabilitySlo, overspentSlo, noDataSlo],
): SloListResponse {
  return { entityRef: ENTITY_REF, slos: structuredClone(slos), issues: [] };
}

/** The gate's answer for `slos`, decided by the shared policy function. */
export function gateFor(
  slos: SloSummary[],
  changeType: ReleaseChangeType = 'feature',
): GateResponse {
  return {
    ...decideRelease({
      slos: slos.map(s => ({
        id: s.id,
        name: s.displayName ?? s.name,
        budgetRemainingRatio: s.budgetRemainingRatio,
        alertState: s.alertState,
      })),
      changeType,
    }),
    entityRef: ENTITY_REF,
    changeType,
    evaluatedAt: '2024-05-01T12:00:00.000Z',
  };
}

/** Budget falling from 100 % to 24 % over the window, one point a week. */
export function availabilityHistory(): SloHistoryResponse {
  const ratios = [1, 0.9, 0.7, 0.5, 0.24];
  return {
    entityRef: ENTITY_REF,
    id: 'availability',
    points: ratios.map((budgetRemainingRatio, week) => ({
      at: new Date(
        Date.parse(availabilitySlo.window.from) + week * 7 * DAY_S * 1000,
      ).toISOString(),
      good: 1000,
      total: 1000,
      sli: 0.999,
      budgetRemainingRatio,
      burnRate1h: 1,
    })),
  };
}
