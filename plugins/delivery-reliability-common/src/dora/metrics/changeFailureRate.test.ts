import { changeFailureRate } from './changeFailureRate';
import { DoraDeployment, DoraIncident } from './types';

const T = Date.parse('2026-03-01T00:00:00Z');
const H = 3_600_000;
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
  extra: Partial<DoraIncident> = {},
): DoraIncident {
  return { id, entityRef: svc, startedAtMs, ...extra };
}

const deployments = [
  dep('d1', T - H), // before the window; i1 fails it
  dep('d2', T + 2 * H),
  dep('d3', T + D), // failed by i2, which starts after the window
  dep('d4', T + 2 * D), // reverted by r1, which finishes after the window
  dep('s1', T + 3 * D, { environment: 'staging' }),
  dep('r1', T + 8 * D, { rollback: true }),
];
const incidents = [
  inc('i1', T + H), // by time: d1 (d2 finishes later, at T+2h)
  inc('i2', T + 8 * D, { deploymentId: 'd3' }),
  inc('i3', T + 3 * D + H, { environment: 'staging' }), // staging incident: fails nothing
];

describe('changeFailureRate', () => {
  it('divides failed by all production deployments, by the deployment finish', () => {
    // in the window: d2, d3, d4 (d1 before, s1 staging, r1 after) = 3
    // failed among them: d3 (incident i2), d4 (rollback r1) = 2 → 2 / 3
    expect(changeFailureRate({ deployments, incidents }, week)).toEqual({
      deployments: 3,
      failed: 2,
      ratio: 2 / 3,
    });
  });

  it('is null when no production deployment finished in the window', () => {
    expect(
      changeFailureRate(
        { deployments, incidents },
        { fromMs: T + 4 * D, toMs: T + 5 * D },
      ),
    ).toEqual({
      deployments: 0,
      failed: 0,
      ratio: null,
    });
  });
});
