/** Native events with hand-worked attribution, for HTTP tests. */
const ref = 'component:default/checkout';

// Hand-worked: production finishes d1 10:00Z, d2 11:30Z (12:30+01:00);
// staging s1 10:45Z. i1 starts 10:20Z -> d1; i2 starts 11:40Z -> d2.
export const nativeBatch = [
  {
    type: 'change',
    id: 'c1',
    entityRef: 'checkout',
    firstCommitAt: '2026-03-01T08:00:00Z',
  },
  {
    type: 'change',
    id: 'c2',
    entityRef: ref,
    firstCommitAt: '2026-03-01T08:30:00Z',
    prOpenedAt: '2026-03-01T09:00:00Z',
    mergedAt: '2026-03-01T12:00:00Z',
  },
  {
    type: 'deployment',
    id: 'd1',
    entityRef: ref,
    environment: 'production',
    status: 'succeeded',
    startedAt: '2026-03-02T09:50:00Z',
    finishedAt: '2026-03-02T10:00:00Z',
    changeIds: ['c1', 'c2'],
    version: '1.0.0',
  },
  {
    type: 'deployment',
    id: 'd2',
    entityRef: ref,
    environment: 'production',
    status: 'succeeded',
    finishedAt: '2026-03-02T12:30:00+01:00',
    hotfix: true,
  },
  {
    type: 'deployment',
    id: 's1',
    entityRef: ref,
    environment: 'staging',
    status: 'failed',
    finishedAt: '2026-03-02T10:45:00Z',
  },
  {
    type: 'incident',
    id: 'i1',
    entityRef: ref,
    startedAt: '2026-03-02T10:20:00Z',
    severity: 'SEV1',
  },
  {
    type: 'incident',
    id: 'i2',
    entityRef: ref,
    environment: 'production',
    startedAt: '2026-03-02T11:40:00Z',
    resolvedAt: '2026-03-02T12:00:00Z',
  },
];
