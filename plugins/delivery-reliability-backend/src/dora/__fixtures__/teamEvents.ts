/**
 * Lead-time events of the services in catalogEntities.ts, one week
 * (2026-03-02 – 2026-03-09). Test fixtures only.
 */
export const HOUR = 3600;
export const window = {
  from: '2026-03-02T00:00:00Z',
  to: '2026-03-09T00:00:00Z',
};

/** A change first committed at `commitAt`, shipped `hours` later. */
function shipped(service: string, id: string, commitAt: string, hours: number) {
  const entityRef = `component:default/${service}`;
  return [
    { type: 'change', id: `c-${id}`, entityRef, firstCommitAt: commitAt },
    {
      type: 'deployment',
      id: `d-${id}`,
      entityRef,
      environment: 'production',
      status: 'succeeded',
      finishedAt: new Date(
        Date.parse(commitAt) + hours * HOUR * 1000,
      ).toISOString(),
      changeIds: [`c-${id}`],
    },
  ];
}

// svc-a: 1 h, 2 h, 3 h (median 2 h); svc-b: 10 h, 20 h (nearest-rank median
// 10 h); svc-c (another team): 100 h. The payments team owns svc-a and,
// through its child group, svc-b: the union [1, 2, 3, 10, 20] h has median
// rank 3 = 3 h and p90 rank 5 = 20 h, not the 6 h average of the medians.
export const teamEvents = [
  ...shipped('svc-a', 'a1', '2026-03-02T00:00:00Z', 1),
  ...shipped('svc-a', 'a2', '2026-03-03T00:00:00Z', 2),
  ...shipped('svc-a', 'a3', '2026-03-04T00:00:00Z', 3),
  ...shipped('svc-b', 'b1', '2026-03-02T00:00:00Z', 10),
  ...shipped('svc-b', 'b2', '2026-03-03T00:00:00Z', 20),
  ...shipped('svc-c', 'c1', '2026-03-02T00:00:00Z', 100),
];
