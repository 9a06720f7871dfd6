import { deploymentReworkRate } from './reworkRate';
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

describe('deploymentReworkRate', () => {
  it('counts rollbacks, hotfixes and incident fixes as unplanned', () => {
    const deployments = [
      dep('h0', T - H, { hotfix: true }), // before the window
      dep('d1', T + H),
      dep('h1', T + D, { hotfix: true }),
      dep('r1', T + 2 * D, { rollback: true }),
      dep('f1', T + 3 * D), // named by i1 as its fix
      dep('d2', T + 4 * D),
      dep('hs', T + 4 * D, { hotfix: true, environment: 'staging' }), // not production
      dep('fx', T + 8 * D), // a fix after the window
    ];
    const incidents = [
      inc('i1', T + 2 * D + 12 * H, { fixedByDeploymentId: 'f1' }),
      inc('i2', T + 7 * D + 12 * H, { fixedByDeploymentId: 'fx' }),
    ];
    // in the window: d1, h1, r1, f1, d2 = 5; unplanned: h1, r1, f1 = 3 → 3 / 5 = 0.6
    expect(deploymentReworkRate({ deployments, incidents }, week)).toEqual({
      deployments: 5,
      unplanned: 3,
      ratio: 0.6,
    });
  });

  it('is null without production deployments in the window', () => {
    expect(
      deploymentReworkRate({ deployments: [], incidents: [] }, week),
    ).toEqual({
      deployments: 0,
      unplanned: 0,
      ratio: null,
    });
  });
});
