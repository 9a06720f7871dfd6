import { ChangeEvent, DeploymentEvent, IncidentEvent } from '../../events';
import { computeDoraMetrics } from './computeDoraMetrics';
import { toDoraChange, toDoraDeployment, toDoraIncident } from './convert';

const svc = 'component:default/checkout';
// One week, 2026-03-02 00:00Z (inclusive) to 2026-03-09 00:00Z (exclusive).
const week = {
  fromMs: Date.parse('2026-03-02T00:00:00Z'),
  toMs: Date.parse('2026-03-09T00:00:00Z'),
};

function deployment(
  id: string,
  finishedAt: string,
  extra: Partial<DeploymentEvent> = {},
): DeploymentEvent {
  return {
    type: 'deployment',
    id,
    entityRef: svc,
    environment: 'production',
    status: 'succeeded',
    finishedAt,
    ...extra,
  };
}
function change(id: string, firstCommitAt: string): ChangeEvent {
  return { type: 'change', id, entityRef: svc, firstCommitAt };
}
function incident(
  id: string,
  startedAt: string,
  extra: Partial<IncidentEvent> = {},
): IncidentEvent {
  return { type: 'incident', id, entityRef: svc, startedAt, ...extra };
}

// Raw history as ingested, re-sent d2 included; converted one by one so that
// computeDoraMetrics itself has to deduplicate.
const deployments = [
  deployment('d1', '2026-03-02T00:00:00Z', { changeIds: ['c1'] }), // exactly at `from`
  deployment('d2', '2026-03-03T12:00:00Z', {
    changeIds: ['c2', 'c3'],
    status: 'failed',
  }),
  deployment('d2', '2026-03-03T12:00:00Z', { changeIds: ['c2', 'c3'] }), // re-sent: succeeded after all
  deployment('r1', '2026-03-03T12:30:00Z', { rollback: true }), // names none → d2
  deployment('s1', '2026-03-04T00:00:00Z', {
    environment: 'staging',
    changeIds: ['c3'],
  }),
  deployment('d3', '2026-03-05T00:00:00Z', { changeIds: ['c2'] }), // re-ships c2
  deployment('d4', '2026-03-05T03:00:00Z'), // fixes i1
  deployment('h1', '2026-03-06T00:00:00Z', { hotfix: true }),
  deployment('d5', '2026-03-09T00:00:00Z'), // exactly at `to`: next week
].map(toDoraDeployment);
const changes = [
  change('c1', '2026-03-01T20:00:00Z'),
  change('c2', '2026-03-02T08:00:00Z'),
  change('c3', '2026-03-03T00:00:00Z'),
].map(toDoraChange);
const incidents = [
  incident('i0', '2026-03-01T00:00:00Z', {
    resolvedAt: '2026-03-01T01:00:00Z',
  }), // before any deployment
  incident('i1', '2026-03-05T01:00:00Z', {
    resolvedAt: '2026-03-05T03:00:00Z',
    fixedByDeploymentId: 'd4',
  }), // by time → d3
  incident('i2', '2026-03-07T00:00:00Z', { deploymentId: 'h1' }), // unresolved
].map(toDoraIncident);

describe('computeDoraMetrics', () => {
  it('computes all five metrics of a worked week', () => {
    const metrics = computeDoraMetrics(
      { deployments, changes, incidents },
      week,
    );
    expect(metrics).toEqual({
      // production in [from, to): d1, d2, r1, d3, d4, h1 = 6 over 7 days → 6 / 7 per day
      deploymentFrequency: { deployments: 6, days: 7, perDay: 6 / 7 },
      // c1: d1 03-02 00:00 − 03-01 20:00 = 4 h = 14 400 s
      // c2: d2 03-03 12:00 − 03-02 08:00 = 28 h = 100 800 s (d3 re-ships it: ignored)
      // c3: d2 03-03 12:00 − 03-03 00:00 = 12 h = 43 200 s (staging s1 ignored)
      // sorted [14 400, 43 200, 100 800]: p50 rank 2, p90 rank ⌈2.7⌉ = 3
      leadTimeForChanges: { n: 3, p50Seconds: 43_200, p90Seconds: 100_800 },
      // failed: d2 (rollback r1), d3 (i1 by time), h1 (i2 named) = 3 of 6
      changeFailureRate: { deployments: 6, failed: 3, ratio: 0.5 },
      // d2: r1 − d2 = 30 min = 1 800 s; d3: i1 03:00 − 01:00 = 7 200 s; h1: i2 open → skipped
      // sorted [1 800, 7 200]: p50 rank 1 → 1 800 s
      failedDeploymentRecoveryTime: {
        failed: 3,
        unresolved: 1,
        n: 2,
        p50Seconds: 1_800,
      },
      // unplanned: r1 (rollback), d4 (fixes i1), h1 (hotfix) = 3 of 6
      deploymentReworkRate: { deployments: 6, unplanned: 3, ratio: 0.5 },
    });
  });

  it('lets the last version of a re-sent record win', () => {
    // Re-send d2 once more as failed: it stops being a production deployment,
    // so r1 now reverts d1 and c2/c3 are first shipped by d3 / never.
    const resent = [
      ...deployments,
      toDoraDeployment({
        ...deployment('d2', '2026-03-03T12:00:00Z'),
        status: 'failed',
      }),
    ];
    const metrics = computeDoraMetrics(
      { deployments: resent, changes, incidents },
      week,
    );
    expect(metrics.deploymentFrequency.deployments).toBe(5);
    // failed: d1 (r1), d3 (i1), h1 (i2)
    expect(metrics.changeFailureRate).toEqual({
      deployments: 5,
      failed: 3,
      ratio: 0.6,
    });
    // c1 14 400 s; c2 via d3: 03-05 00:00 − 03-02 08:00 = 64 h = 230 400 s; c3 only on staging
    expect(metrics.leadTimeForChanges).toEqual({
      n: 2,
      p50Seconds: 14_400,
      p90Seconds: 230_400,
    });
  });

  it('answers nulls (never NaN) for empty input', () => {
    expect(
      computeDoraMetrics({ deployments: [], changes: [], incidents: [] }, week),
    ).toEqual({
      // a week without deployments is a measured 0 per day
      deploymentFrequency: { deployments: 0, days: 7, perDay: 0 },
      leadTimeForChanges: { n: 0, p50Seconds: null, p90Seconds: null },
      changeFailureRate: { deployments: 0, failed: 0, ratio: null },
      failedDeploymentRecoveryTime: {
        failed: 0,
        unresolved: 0,
        n: 0,
        p50Seconds: null,
      },
      deploymentReworkRate: { deployments: 0, unplanned: 0, ratio: null },
    });
  });

  it('treats a team as the union of its entities, not an average', () => {
    const other = 'component:default/payments';
    const team = {
      deployments: [
        ...deployments,
        toDoraDeployment({
          ...deployment('p1', '2026-03-04T00:00:00Z'),
          entityRef: other,
        }),
      ],
      changes,
      // a payments incident right after p1 is attributed to p1, not to checkout's d2
      incidents: [
        ...incidents,
        toDoraIncident({
          ...incident('pi', '2026-03-04T00:10:00Z', {
            resolvedAt: '2026-03-04T00:40:00Z',
          }),
          entityRef: other,
        }),
      ],
    };
    const metrics = computeDoraMetrics(team, week);
    // 6 + 1 deployments; failed 3 + p1 = 4 → 4 / 7
    expect(metrics.changeFailureRate).toEqual({
      deployments: 7,
      failed: 4,
      ratio: 4 / 7,
    });
    // recovery samples [1 800 (p1: 30 min), 1 800 (d2), 7 200 (d3)]: p50 rank 2 → 1 800 s
    expect(metrics.failedDeploymentRecoveryTime).toEqual({
      failed: 4,
      unresolved: 1,
      n: 3,
      p50Seconds: 1_800,
    });
  });
});
