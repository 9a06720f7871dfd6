/**
 * A hand-worked week of `component:default/checkout` (window
 * 2026-03-02T00:00Z – 2026-03-09T00:00Z, 7 days). Expected values are
 * worked out in the comments and asserted in dora.worked.test.ts.
 *
 * Production deployments in the window: d1, d2, r1, d3, h1, d4 = 6
 * (d5 finishes exactly at `to`: next window; s1 is staging; d0 is in the
 * previous window).
 * - failed: d2 (reverted by r1, which names none: latest earlier
 *   non-rollback), d3 (i1 by time, i2 by name), d4 (i3 by time) = 3 → 0.5
 * - unplanned: r1 (rollback), h1 (hotfix), d4 (i2's fix) = 3 → 0.5
 * - lead times: c1 d1−c1 = 24 h; c2 d2−c2 = 30 h; c3 d2−c3 = 12 h;
 *   c4 d3−c4 = 12 h (c2 shipped again by d3 counts once, at d2) →
 *   sorted [12 h, 12 h, 24 h, 30 h]: p50 rank 2 = 12 h, p90 rank 4 = 30 h
 * - recovery: d2 by rollback 30 min; d3 from i1 start 01:00 to i2
 *   resolution 06:00 next day = 29 h; d4 unresolved (i3 open) →
 *   failed 3, unresolved 1, n 2, p50 rank 1 = 30 min
 */
export const ref = 'component:default/checkout';

const deployment = (id: string, finishedAt: string, extra: object = {}) => ({
  type: 'deployment',
  id,
  entityRef: ref,
  environment: 'production',
  status: 'succeeded',
  finishedAt,
  ...extra,
});
const change = (id: string, firstCommitAt: string) => ({
  type: 'change',
  id,
  entityRef: ref,
  firstCommitAt,
});

export const checkoutWeek = [
  change('c1', '2026-03-01T10:00:00Z'),
  change('c2', '2026-03-02T06:00:00Z'),
  change('c3', '2026-03-03T00:00:00Z'),
  change('c4', '2026-03-04T12:00:00Z'),
  deployment('d0', '2026-02-27T12:00:00Z'),
  deployment('d1', '2026-03-02T10:00:00Z', { changeIds: ['c1'] }),
  deployment('d2', '2026-03-03T12:00:00Z', { changeIds: ['c2', 'c3'] }),
  deployment('r1', '2026-03-03T12:30:00Z', { rollback: true }),
  deployment('s1', '2026-03-04T23:30:00Z', {
    environment: 'staging',
    changeIds: ['c4'],
  }),
  deployment('d3', '2026-03-05T00:00:00Z', { changeIds: ['c2', 'c4'] }),
  deployment('h1', '2026-03-06T00:00:00Z', { hotfix: true }),
  deployment('d4', '2026-03-06T06:00:00Z'),
  deployment('x1', '2026-03-06T08:00:00Z', { status: 'failed' }),
  deployment('d5', '2026-03-09T00:00:00Z'),
  {
    type: 'incident',
    id: 'i1',
    entityRef: ref,
    startedAt: '2026-03-05T01:00:00Z',
    resolvedAt: '2026-03-05T03:00:00Z',
  },
  {
    type: 'incident',
    id: 'i2',
    entityRef: ref,
    environment: 'production',
    startedAt: '2026-03-05T02:00:00Z',
    resolvedAt: '2026-03-06T06:00:00Z',
    deploymentId: 'd3',
    fixedByDeploymentId: 'd4',
  },
  {
    type: 'incident',
    id: 'i3',
    entityRef: ref,
    startedAt: '2026-03-06T07:00:00Z',
  },
];

export const HOUR = 3600;
