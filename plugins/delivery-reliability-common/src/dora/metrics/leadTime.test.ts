import { leadTimeForChanges, leadTimeSamples } from './leadTime';
import { DoraChange, DoraDeployment } from './types';

const T = Date.parse('2026-03-01T00:00:00Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const week = { fromMs: T, toMs: T + 7 * D };
const svc = 'component:default/checkout';

function dep(
  id: string,
  finishedAtMs: number,
  changeIds: string[],
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
    changeIds,
    ...extra,
  };
}
function chg(
  id: string,
  firstCommitAtMs: number,
  extra: Partial<DoraChange> = {},
): DoraChange {
  return { id, entityRef: svc, firstCommitAtMs, ...extra };
}

const changes = [
  chg('c1', T - 2 * H),
  chg('c2', T - 10 * D),
  chg('c3', T + D, { prOpenedAtMs: T + D + 2 * H, mergedAtMs: T + D + 4 * H }),
  chg('c4', T + 3 * D),
  chg('c5', T + 5 * D),
];
const deployments = [
  dep('d0', T - D, ['c2']), // c2's first production deployment: before the window
  dep('dA', T + H, ['c1']), // c1's first
  dep('stg', T + D + 5 * H, ['c3'], { environment: 'staging' }), // not production
  dep('bad', T + D + 6 * H, ['c3'], { status: 'failed' }), // not production
  dep('dB', T + 2 * D, ['c1', 'c2', 'c3', 'ghost']), // c3's first; c1, c2 already shipped
  dep('dC', T + 3 * D + 30 * MIN, ['c4']),
  dep('dD', T + 7 * D, ['c5']), // exactly at `to`: next window
];

describe('leadTimeForChanges', () => {
  it('measures each change once, at its first production deployment over all time', () => {
    // c1: dA at T+1h − commit T−2h = 3 h = 10 800 s (dB re-lists it: ignored)
    // c2: first deployed by d0 before the window → not in this window at all
    // c3: dB at T+2d − commit T+1d = 1 d = 86 400 s (staging and failed deploys ignored)
    // c4: dC at T+3d30m − commit T+3d = 1 800 s
    // c5: dD finishes exactly at `to` → next window; 'ghost' has no change record
    expect(
      leadTimeSamples({ deployments, changes }, week).map(s => [
        s.changeId,
        s.deploymentId,
        s.leadTimeSeconds,
      ]),
    ).toEqual([
      ['c1', 'dA', 10_800],
      ['c3', 'dB', 86_400],
      ['c4', 'dC', 1_800],
    ]);
    // sorted [1 800, 10 800, 86 400]: p50 rank ⌈1.5⌉ = 2, p90 rank ⌈2.7⌉ = 3
    expect(leadTimeForChanges({ deployments, changes }, week)).toEqual({
      n: 3,
      p50Seconds: 10_800,
      p90Seconds: 86_400,
    });
  });

  it('starts at the configured time, falling back to the first commit', () => {
    // merged: c3 = 2d − (1d + 4h) = 20 h = 72 000 s; c1, c4 have no merge time → first commit
    expect(
      leadTimeForChanges({ deployments, changes }, week, {
        leadTimeStart: 'merged',
      }),
    ).toEqual({
      n: 3,
      p50Seconds: 10_800,
      p90Seconds: 72_000,
    });
    // PR opened: c3 = 2d − (1d + 2h) = 22 h = 79 200 s
    expect(
      leadTimeForChanges({ deployments, changes }, week, {
        leadTimeStart: 'prOpened',
      }).p90Seconds,
    ).toBe(79_200);
  });

  it('takes nearest-rank p50 and p90 on an even count', () => {
    const four = ['a', 'b', 'c', 'd'].map((id, i) => chg(id, T - (i + 1) * H));
    const deploy = [dep('x', T, ['a', 'b', 'c', 'd'])];
    // lead times 1 h, 2 h, 3 h, 4 h: p50 rank ⌈2⌉ = 2 → 7 200 s; p90 rank ⌈3.6⌉ = 4 → 14 400 s
    expect(
      leadTimeForChanges({ deployments: deploy, changes: four }, week),
    ).toEqual({
      n: 4,
      p50Seconds: 7_200,
      p90Seconds: 14_400,
    });
  });

  it('never goes negative when a change is deployed before its start time', () => {
    // deployed from a branch at T+1h, merged at T+2h: merged-based lead time is 0, not −3 600 s
    const result = leadTimeForChanges(
      {
        deployments: [dep('x', T + H, ['m'])],
        changes: [chg('m', T, { mergedAtMs: T + 2 * H })],
      },
      week,
      { leadTimeStart: 'merged' },
    );
    expect(result.p50Seconds).toBe(0);
  });

  it('is null with n = 0 when nothing was first deployed in the window', () => {
    expect(leadTimeForChanges({ deployments: [], changes }, week)).toEqual({
      n: 0,
      p50Seconds: null,
      p90Seconds: null,
    });
  });
});
