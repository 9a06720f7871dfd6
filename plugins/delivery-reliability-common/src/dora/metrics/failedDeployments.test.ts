import { attributeDoraIncidents } from './attribution';
import {
  classifyFailedDeployments,
  resolveRollbackTargets,
} from './failedDeployments';
import { DoraDeployment, DoraIncident } from './types';

const T = Date.parse('2026-03-01T00:00:00Z');
const MIN = 60_000;
const H = 60 * MIN;
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

// checkout, production, in finish order:
//   a1 1:00 · a2 2:00 · rb1 3:00 (rollback, names none) · a3 4:00
//   rb2 5:00 (rollback of a1) · rb3 6:00 (rollback, names none) · a4 7:30
//   rbF 8:00 (rollback, status failed) · rbX 9:00 (names a5, which finishes later) · a5 10:00
// plus payments b1 5:50 and a checkout staging rollback at 7:00.
const deployments = [
  dep('a1', T + 1 * H),
  dep('a2', T + 2 * H),
  dep('rb1', T + 3 * H, { rollback: true }),
  dep('a3', T + 4 * H),
  dep('rb2', T + 5 * H, { rollback: true, rollsBack: 'a1' }),
  dep('b1', T + 5 * H + 50 * MIN, { entityRef: 'component:default/payments' }),
  dep('rb3', T + 6 * H, { rollback: true }),
  dep('stg', T + 7 * H, { rollback: true, environment: 'staging' }),
  dep('a4', T + 7 * H + 30 * MIN),
  dep('rbF', T + 8 * H, { rollback: true, status: 'failed' }),
  dep('rbX', T + 9 * H, { rollback: true, rollsBack: 'a5' }),
  dep('a5', T + 10 * H),
];
const incidents = [
  inc('i0', T + 30 * MIN), // before any checkout deployment
  inc('i1', T + 4 * H + 10 * MIN), // by time: a3 (4:00) is the latest at or before 4:10
  inc('i2', T + 9 * H, { deploymentId: 'a4' }), // named, though a4 is not the latest before 9:00
  inc('i3', T + 7 * H + 30 * MIN), // exactly at a4's finish: "at or before" → a4
  inc('i4', T + 9 * H, { deploymentId: 'a1' }),
  inc('i5', T + 9 * H, { deploymentId: 'ghost' }), // names a deployment we don't hold
  inc('i6', T + 3 * H + 5 * MIN), // after rb1: a rollback is a production deployment too
];

describe('attributeDoraIncidents', () => {
  it('prefers the named deployment, else the latest production one at or before the start, else none', () => {
    expect(
      Object.fromEntries(attributeDoraIncidents(incidents, deployments)),
    ).toEqual({
      i0: undefined,
      i1: 'a3',
      i2: 'a4',
      i3: 'a4',
      i4: 'a1',
      i5: 'ghost',
      i6: 'rb1',
    });
  });

  it('matches the incident environment, which defaults to production', () => {
    const staging = [inc('s', T + 8 * H, { environment: 'staging' })];
    expect(
      attributeDoraIncidents(staging, deployments).get('s'),
    ).toBeUndefined();
    // with staging configured as production, the staging rollback at 7:00 is the latest
    expect(
      attributeDoraIncidents(staging, deployments, {
        productionEnvironments: ['production', 'staging'],
      }).get('s'),
    ).toBe('stg');
  });
});

describe('resolveRollbackTargets', () => {
  it('follows rollsBack, else the latest earlier non-rollback production deployment', () => {
    expect(Object.fromEntries(resolveRollbackTargets(deployments))).toEqual({
      rb1: 'a2', // names none: latest earlier non-rollback is a2
      rb2: 'a1', // named explicitly, although a3 is later
      rb3: 'a3', // names none: skips rollbacks rb1/rb2 and payments' b1
      // stg (staging) and rbF (failed) are not production deployments: revert nothing
      // rbX names a5, which finished after it: not a "later rollback", reverts nothing
    });
  });

  it('breaks equal finish times by the smallest id', () => {
    const twins = [
      dep('y', T),
      dep('x', T),
      dep('r', T + H, { rollback: true }),
    ];
    expect(resolveRollbackTargets(twins).get('r')).toBe('x');
  });
});

describe('classifyFailedDeployments', () => {
  it('fails what a rollback reverts and what has an attributed incident', () => {
    const failures = classifyFailedDeployments({ deployments, incidents });
    const summary = Object.fromEntries(
      [...failures.values()].map(f => [
        f.deployment.id,
        {
          rollbacks: f.rollbacks.map(r => r.id),
          incidents: f.incidents.map(i => i.id),
        },
      ]),
    );
    expect(summary).toEqual({
      a1: { rollbacks: ['rb2'], incidents: ['i4'] },
      a2: { rollbacks: ['rb1'], incidents: [] },
      a3: { rollbacks: ['rb3'], incidents: ['i1'] },
      a4: { rollbacks: [], incidents: ['i2', 'i3'] },
      rb1: { rollbacks: [], incidents: ['i6'] },
    });
    // a5, b1, rb2, rb3 and rbX are fine; i0 and i5 fail nothing we hold.
  });
});
