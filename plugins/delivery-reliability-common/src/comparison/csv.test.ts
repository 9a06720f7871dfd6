import { ComparisonService, ComparisonTeam } from './api';
import { toComparisonCsv } from './csv';
import { DoraMetricsReport } from '../dora/api';

const emptyDora: DoraMetricsReport = {
  deploymentFrequency: { deployments: 0, days: 30, perDay: 0, tier: 'low' },
  leadTimeForChanges: { n: 0, p50Seconds: null, p90Seconds: null, tier: null },
  changeFailureRate: { deployments: 0, failed: 0, ratio: null, tier: null },
  failedDeploymentRecoveryTime: {
    failed: 0,
    unresolved: 0,
    n: 0,
    p50Seconds: null,
    tier: null,
  },
  deploymentReworkRate: {
    deployments: 0,
    unplanned: 0,
    ratio: null,
    tier: null,
  },
};

// 10 deployments in 30 days, lead time 9 days, 2 failed, recovery 90 min, 1 unplanned.
const busyDora: DoraMetricsReport = {
  deploymentFrequency: {
    deployments: 10,
    days: 30,
    perDay: 10 / 30,
    tier: 'high',
  },
  leadTimeForChanges: {
    n: 7,
    p50Seconds: 9 * 86_400,
    p90Seconds: 12 * 86_400,
    tier: 'medium',
  },
  changeFailureRate: { deployments: 10, failed: 2, ratio: 0.2, tier: 'low' },
  failedDeploymentRecoveryTime: {
    failed: 2,
    unresolved: 0,
    n: 2,
    p50Seconds: 5400,
    tier: 'high',
  },
  deploymentReworkRate: {
    deployments: 10,
    unplanned: 1,
    ratio: 0.1,
    tier: null,
  },
};

const service: ComparisonService = {
  kind: 'component',
  entityRef: 'component:default/checkout',
  title: 'Checkout, "new"',
  ownerRef: 'group:default/payments',
  systemRef: 'system:default/shop',
  dora: busyDora,
  previous: emptyDora,
  slo: {
    objectives: 3,
    withData: 2,
    met: 1,
    attainmentRatio: 0.5,
    statusCounts: { ok: 1, 'at-risk': 0, frozen: 1, 'no-data': 1 },
    worstBudgetRemainingRatio: -0.2,
  },
  gate: { decision: 'deny', status: 'frozen', deniedServices: 1 },
  verdict: {
    kind: 'stabilise',
    headline: 'stabilise: 1 SLO frozen, CFR 20 %',
    delivery: 'fast',
    stability: 'unstable',
    reasons: [],
  },
};

const team: ComparisonTeam = {
  kind: 'group',
  entityRef: 'group:default/payments',
  parentRef: null,
  serviceRefs: [],
  dora: emptyDora,
  previous: emptyDora,
  slo: {
    objectives: 0,
    withData: 0,
    met: 0,
    attainmentRatio: null,
    statusCounts: { ok: 0, 'at-risk': 0, frozen: 0, 'no-data': 0 },
    worstBudgetRemainingRatio: null,
  },
  gate: { decision: null, status: 'no-data', deniedServices: 0 },
  verdict: {
    kind: 'not-enough-data',
    headline:
      'not enough data: no production deployments in the window\nno SLOs',
    delivery: 'unknown',
    stability: 'unknown',
    reasons: [],
  },
};

describe('toComparisonCsv', () => {
  it('writes a header and one RFC 4180 line per row', () => {
    expect(toComparisonCsv([team, service])).toBe(
      [
        'kind,entityRef,title,owner,system,deployments,deploymentsPerDay,' +
          'deploymentFrequencyTier,leadTimeP50Hours,leadTimeTier,' +
          'changeFailureRatePercent,changeFailureRateTier,recoveryP50Hours,' +
          'recoveryTier,reworkRatePercent,slos,slosWithData,slosMet,' +
          'sloAttainmentPercent,frozen,atRisk,noData,ok,gate,verdict,verdictHeadline',
        // No title, no parent, no system, nulls empty; the headline's line
        // break forces quoting.
        'group,group:default/payments,,,,0,0,low,,,,,,,,0,0,0,,0,0,0,0,none,' +
          'not-enough-data,"not enough data: no production deployments in the window\nno SLOs"',
        // 10/30 = 0.333/day; 9 d = 216 h; 5400 s = 1.5 h; CFR 2/10 = 20 %;
        // rework 1/10 = 10 %; attainment 1/2 = 50 %.
        'component,component:default/checkout,"Checkout, ""new""",' +
          'group:default/payments,system:default/shop,10,0.333,high,216,medium,' +
          '20,low,1.5,high,10,3,2,1,50,1,0,1,1,deny,stabilise,' +
          '"stabilise: 1 SLO frozen, CFR 20 %"',
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header for no rows', () => {
    const csv = toComparisonCsv([]);
    expect(csv.endsWith('verdictHeadline\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2);
  });
});
