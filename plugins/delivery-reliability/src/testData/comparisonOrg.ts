import { ComparisonResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { comparisonResponse, service, team } from './comparison';

/**
 * A small organisation over 90 days, one team per verdict (not imported by
 * production code). Figures per row, tiers under DORA 2023:
 *
 * | row | deploys | lead p50 | failed | SLOs | verdict |
 * | --- | --- | --- | --- | --- | --- |
 * | team-checkout = checkout | 180 (2/day, elite) | 10 h elite | 9 (5 %, elite) | 3 ok | keep going |
 * | team-ledger | 10 (0.8/week, medium) | 9 d medium | 0 | 3 ok, 1 at risk | ship more often |
 * | · ledger-api | 6 (medium) | 9 d | 0 | 2 ok | ship more often |
 * | · ledger-ui | 4 (medium) | 12 d | 0 | 1 ok, 1 at risk | ship more often |
 * | team-discovery | 75 (high) | 2 d high | 12 (16 %, low) | 3 ok, 1 frozen, 1 no data | stabilise |
 * | · search | 45 (high) | 2 d | 9 (20 %, low) | 1 ok, 1 frozen | stabilise |
 * | · recommendations | 30 (high) | 1.5 d | 3 (10 %, high) | 2 ok, 1 no data | keep going |
 * | engineering (parent of ledger, discovery) | 85 (high) | 3 d | 12 (14.1 %, medium) | 6 ok, 1 at risk, 1 frozen, 1 no data | stabilise |
 * | team-legacy = billing-batch | 2 (low) | 45 d low | 1 (50 %, too few to judge) | 1 ok, 1 frozen | stabilise first |
 * | team-new = notifications | 0 | — | 0 | none | not enough data |
 * | wiki (owned by a user: no team) | 4 (medium) | 5 h | 0 | none | not enough data |
 *
 * Systems: payments = checkout, ledger-api, ledger-ui, billing-batch;
 * discovery = search, recommendations.
 */
export function orgComparison(): ComparisonResponse {
  const checkout = {
    now: {
      deployments: 180,
      leadTimeP50Hours: 10,
      failed: 9,
      recoveryP50Hours: 0.5,
      unplanned: 6,
    },
    before: {
      deployments: 120,
      leadTimeP50Hours: 14,
      failed: 6,
      recoveryP50Hours: 0.5,
      unplanned: 6,
    },
    slos: { ok: 3 },
  };
  const billing = {
    now: {
      deployments: 2,
      leadTimeP50Hours: 45 * 24,
      failed: 1,
      recoveryP50Hours: 30,
      unplanned: 1,
    },
    slos: { ok: 1, frozen: 1 },
  };
  const idle = {
    now: {
      deployments: 0,
      leadTimeP50Hours: null,
      failed: 0,
      recoveryP50Hours: null,
      unplanned: 0,
    },
    slos: {},
  };
  const quiet = (deployments: number, leadTimeP50Hours: number) => ({
    deployments,
    leadTimeP50Hours,
    failed: 0,
    recoveryP50Hours: null,
    unplanned: 0,
  });
  const g = (name: string) => `group:default/${name}`;
  const c = (name: string) => `component:default/${name}`;
  const payments = 'system:default/payments';
  const discovery = 'system:default/discovery';

  return comparisonResponse(
    [
      team({
        ref: g('engineering'),
        title: 'Engineering',
        parentRef: null,
        serviceRefs: [
          c('ledger-api'),
          c('ledger-ui'),
          c('recommendations'),
          c('search'),
        ],
        now: {
          deployments: 85,
          leadTimeP50Hours: 72,
          failed: 12,
          recoveryP50Hours: 3,
          unplanned: 7,
        },
        slos: { ok: 6, 'at-risk': 1, frozen: 1, 'no-data': 1 },
        deniedServices: 1,
      }),
      team({
        ref: g('team-checkout'),
        title: 'Checkout team',
        parentRef: null,
        serviceRefs: [c('checkout')],
        ...checkout,
      }),
      team({
        ref: g('team-discovery'),
        parentRef: g('engineering'),
        serviceRefs: [c('recommendations'), c('search')],
        now: {
          deployments: 75,
          leadTimeP50Hours: 48,
          failed: 12,
          recoveryP50Hours: 3,
          unplanned: 7,
        },
        before: {
          deployments: 60,
          leadTimeP50Hours: 48,
          failed: 6,
          recoveryP50Hours: 4,
          unplanned: 4,
        },
        slos: { ok: 3, frozen: 1, 'no-data': 1 },
        deniedServices: 1,
      }),
      team({
        ref: g('team-ledger'),
        parentRef: g('engineering'),
        serviceRefs: [c('ledger-api'), c('ledger-ui')],
        now: quiet(10, 9 * 24),
        before: quiet(15, 7 * 24),
        slos: { ok: 3, 'at-risk': 1 },
      }),
      team({
        ref: g('team-legacy'),
        parentRef: null,
        serviceRefs: [c('billing-batch')],
        ...billing,
      }),
      team({
        ref: g('team-new'),
        parentRef: null,
        serviceRefs: [c('notifications')],
        ...idle,
      }),
    ],
    [
      service({
        ref: c('billing-batch'),
        ownerRef: g('team-legacy'),
        systemRef: payments,
        ...billing,
      }),
      service({
        ref: c('checkout'),
        ownerRef: g('team-checkout'),
        systemRef: payments,
        ...checkout,
      }),
      service({
        ref: c('ledger-api'),
        ownerRef: g('team-ledger'),
        systemRef: payments,
        now: quiet(6, 9 * 24),
        slos: { ok: 2 },
      }),
      service({
        ref: c('ledger-ui'),
        ownerRef: g('team-ledger'),
        systemRef: payments,
        now: quiet(4, 12 * 24),
        slos: { ok: 1, 'at-risk': 1 },
      }),
      service({
        ref: c('notifications'),
        ownerRef: g('team-new'),
        systemRef: null,
        ...idle,
      }),
      service({
        ref: c('recommendations'),
        ownerRef: g('team-discovery'),
        systemRef: discovery,
        now: {
          deployments: 30,
          leadTimeP50Hours: 36,
          failed: 3,
          recoveryP50Hours: 2,
          unplanned: 2,
        },
        slos: { ok: 2, 'no-data': 1 },
      }),
      service({
        ref: c('search'),
        ownerRef: g('team-discovery'),
        systemRef: discovery,
        now: {
          deployments: 45,
          leadTimeP50Hours: 48,
          failed: 9,
          recoveryP50Hours: 3,
          unplanned: 5,
        },
        slos: { ok: 1, frozen: 1 },
      }),
      service({
        ref: c('wiki'),
        ownerRef: null,
        systemRef: null,
        now: quiet(4, 5),
        slos: {},
      }),
    ],
  );
}
