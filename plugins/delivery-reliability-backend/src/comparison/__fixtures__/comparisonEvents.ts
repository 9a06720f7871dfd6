/**
 * Hand-placed delivery events and SLO statuses of the services in
 * comparisonCatalog.ts, for the week 2026-03-02 – 2026-03-09 (test fixture).
 */
import { SloStatusRow } from '../../slo/status/types';

export const HOUR = 3600;
export const week = {
  from: '2026-03-02T00:00:00Z',
  to: '2026-03-09T00:00:00Z',
};

const ref = (name: string) => `component:default/${name}`;
const at = (iso: string, plusHours = 0) =>
  new Date(Date.parse(iso) + plusHours * HOUR * 1000).toISOString();

/** A production deployment shipping one change first committed `leadHours` before. */
function shipped(
  service: string,
  id: string,
  finishedAt: string,
  leadHours: number,
  extra: object = {},
) {
  return [
    {
      type: 'change',
      id: `c-${id}`,
      entityRef: ref(service),
      firstCommitAt: at(finishedAt, -leadHours),
    },
    {
      type: 'deployment',
      id,
      entityRef: ref(service),
      environment: 'production',
      status: 'succeeded',
      finishedAt,
      changeIds: [`c-${id}`],
      ...extra,
    },
  ];
}

// svc-pay: 5 deployments, lead times 1–5 h; p3 caused incident i1 (started
// 1 h after it, resolved 2 h later: recovery 2 h); p4 a hotfix; one
// deployment in the previous week and one to staging.
// svc-core: 2 deployments, lead times 10 h and 200 h.
// svc-search: 5 deployments, each change 192 h (8 d) old.
export const comparisonEvents = [
  ...shipped('svc-pay', 'p0', '2026-02-25T10:00:00Z', 1),
  ...shipped('svc-pay', 'p1', '2026-03-02T10:00:00Z', 1),
  ...shipped('svc-pay', 'p2', '2026-03-03T10:00:00Z', 2),
  ...shipped('svc-pay', 'p3', '2026-03-04T10:00:00Z', 3),
  ...shipped('svc-pay', 'p4', '2026-03-05T10:00:00Z', 4, { hotfix: true }),
  ...shipped('svc-pay', 'p5', '2026-03-06T10:00:00Z', 5),
  {
    type: 'incident',
    id: 'i1',
    entityRef: ref('svc-pay'),
    startedAt: '2026-03-04T11:00:00Z',
    resolvedAt: '2026-03-04T13:00:00Z',
    deploymentId: 'p3',
  },
  ...shipped('svc-pay', 'st1', '2026-03-03T09:00:00Z', 1, {
    environment: 'staging',
  }),
  ...shipped('svc-core', 'k1', '2026-03-02T20:00:00Z', 10),
  ...shipped('svc-core', 'k2', '2026-03-08T08:00:00Z', 200),
  ...['02', '03', '04', '05', '06'].flatMap(day =>
    shipped('svc-search', `s${day}`, `2026-03-${day}T12:00:00Z`, 192),
  ),
];

/** When the SLO statuses were evaluated; the newest is the answer's `sloStatusAsOf`. */
export const EVALUATED_AT_MS = Date.parse('2026-03-08T23:55:00Z');

function status(
  service: string,
  sloId: string,
  budgetRemainingRatio: number | null,
  statusName: SloStatusRow['status'],
  evaluatedAtMs = EVALUATED_AT_MS,
): SloStatusRow {
  return {
    entityRef: ref(service),
    sloId,
    name: sloId,
    target: 0.99,
    sli:
      budgetRemainingRatio === null
        ? null
        : 1 - 0.01 * (1 - budgetRemainingRatio),
    budgetRemainingRatio,
    status: statusName,
    alertState: 'none',
    evaluatedAtMs,
  };
}

// svc-pay: 60 % and 10 % left (ok, at risk); svc-core: overspent by 20 %
// (frozen) and one objective without data; svc-search: no SLOs.
export const comparisonSloStatus: SloStatusRow[] = [
  status('svc-pay', 'pay-availability', 0.6, 'ok'),
  status('svc-pay', 'pay-latency', 0.1, 'at-risk', EVALUATED_AT_MS - 300_000),
  status('svc-core', 'core-availability', -0.2, 'frozen'),
  status('svc-core', 'core-latency', null, 'no-data'),
];
