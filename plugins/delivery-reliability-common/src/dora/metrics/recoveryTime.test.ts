import {
  failedDeploymentRecoveryTime,
  recoveryTimeSamples,
} from './recoveryTime';
import { DoraDeployment, DoraIncident } from './types';

const T = Date.parse('2026-03-01T00:00:00Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const week = { fromMs: T, toMs: T + 7 * D };
const svc = 'component:default/checkout';

function dep(
  id: string,
  finishedAtMs: number,
  extra: Partial<DoraDeployment> = {},
): DoraDeployment {
  return {
    id,
    entityRef: svc,
    environment: 'production',
    status: 'succeeded',
    finishedAtMs,
    rollback: false,
    hotfix: false,
    changeIds: [],
    ...extra,
  };
}
function inc(
  id: string,
  startedAtMs: number,
  resolvedAtMs?: number,
  extra: Partial<DoraIncident> = {},
): DoraIncident {
  return {
    id,
    entityRef: svc,
    startedAtMs,
    ...(resolvedAtMs !== undefined && { resolvedAtMs }),
    ...extra,
  };
}

const deployments = [
  dep('d0', T - D), // failed (r0) but before the window
  dep('r0', T + 10 * MIN, { rollback: true, rollsBack: 'd0' }),
  dep('d1', T + H),
  dep('r1', T + 2 * H + 15 * MIN, { rollback: true, rollsBack: 'd1' }),
  dep('d2', T + D),
  dep('r2', T + D + 20 * MIN, { rollback: true }), // names none → d2
  dep('d3', T + 2 * D),
  dep('d4', T + 3 * D),
  dep('d5', T + 6 * D),
  dep('r5', T + 7 * D + H, { rollback: true, rollsBack: 'd5' }), // after the window
];
const incidents = [
  inc('i1', T + 2 * H, T + 3 * H), // by time → d1 (latest at or before 2:00)
  inc('i2', T + 2 * H + 30 * MIN, T + 5 * H, { deploymentId: 'd1' }),
  inc('i3a', T + 2 * D + H, T + 2 * D + 2 * H, { deploymentId: 'd3' }),
  inc('i3b', T + 2 * D + H, undefined, { deploymentId: 'd3' }), // still open
  inc('i4', T + 3 * D + 10 * MIN, T + 3 * D + 40 * MIN, { deploymentId: 'd4' }),
];

describe('failedDeploymentRecoveryTime', () => {
  it('measures incidents start → resolution, else finish → rollback, skipping open incidents', () => {
    // d1: incidents i1, i2 win over rollback r1: latest resolution 5:00 − earliest start 2:00 = 3 h = 10 800 s
    // d2: no incident; r2 finishes 20 min later = 1 200 s
    // d3: i3b is unresolved → skipped
    // d4: 0:40 − 0:10 = 30 min = 1 800 s
    // d5: rollback r5 at T+7d+1h − T+6d = 25 h = 90 000 s (recovery may end after the window)
    expect(
      recoveryTimeSamples({ deployments, incidents }, week).map(s => [
        s.deploymentId,
        s.measuredBy,
        s.recoverySeconds,
      ]),
    ).toEqual([
      ['d1', 'incidents', 10_800],
      ['d2', 'rollback', 1_200],
      ['d3', 'incidents', null],
      ['d4', 'incidents', 1_800],
      ['d5', 'rollback', 90_000],
    ]);
    // measured, sorted: [1 200, 1 800, 10 800, 90 000]; p50 rank ⌈0.5·4⌉ = 2 → 1 800 s
    expect(
      failedDeploymentRecoveryTime({ deployments, incidents }, week),
    ).toEqual({
      failed: 5,
      unresolved: 1,
      n: 4,
      p50Seconds: 1_800,
    });
  });

  it('takes the p50 of an odd count at rank ⌈n/2⌉', () => {
    // without d5: [1 200, 1 800, 10 800]; p50 rank ⌈1.5⌉ = 2 → 1 800 s
    const sixDays = { fromMs: T, toMs: T + 6 * D };
    expect(
      failedDeploymentRecoveryTime({ deployments, incidents }, sixDays),
    ).toMatchObject({ n: 3, p50Seconds: 1_800 });
  });

  it('is null when no failed deployment was measured', () => {
    const onlyOpen = { fromMs: T + 2 * D, toMs: T + 3 * D }; // just d3, whose incident is open
    expect(
      failedDeploymentRecoveryTime({ deployments, incidents }, onlyOpen),
    ).toEqual({
      failed: 1,
      unresolved: 1,
      n: 0,
      p50Seconds: null,
    });
  });
});
