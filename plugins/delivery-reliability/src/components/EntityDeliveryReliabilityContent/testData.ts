import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_VERDICT_THRESHOLDS,
  VerdictResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { currentReport } from '../../testData/dora';

/** Hand-built data for the overview tests (not imported by production code). */

/**
 * The verdict for checkout with the SLOs of `../../testData/slo` and the
 * DORA report of `../../testData/dora`: availability is at risk (a note),
 * latency frozen (poor), login-success has no data (a note); delivery is
 * fast (3.3/week, 2.1 d, both high) and CFR 3 of 42 = 7.1 % is fine. A frozen
 * SLO makes stability poor, delivery is fast: stabilise.
 */
export const checkoutVerdict: VerdictResponse = {
  entityRef: 'component:default/checkout',
  window: {
    from: '2024-02-11T00:00:00.000Z',
    to: '2024-05-11T00:00:00.000Z',
    days: 90,
  },
  verdict: {
    kind: 'stabilise',
    headline: 'stabilise: 1 SLO frozen',
    delivery: 'fast',
    stability: 'unstable',
    reasons: [
      {
        side: 'delivery',
        tone: 'good',
        subject: 'deploymentFrequency',
        text: 'deploys 3.3/week (high)',
      },
      {
        side: 'delivery',
        tone: 'good',
        subject: 'leadTimeForChanges',
        text: 'lead time 2.1 d (high)',
      },
      { side: 'stability', tone: 'bad', subject: 'slos', text: '1 SLO frozen' },
      {
        side: 'stability',
        tone: 'info',
        subject: 'slos',
        text: '1 SLO at risk',
      },
      {
        side: 'stability',
        tone: 'info',
        subject: 'slos',
        text: '1 SLO without data',
      },
      {
        side: 'stability',
        tone: 'good',
        subject: 'changeFailureRate',
        text: 'CFR 7.1 %',
      },
    ],
  },
  thresholds: DEFAULT_VERDICT_THRESHOLDS,
  dora: currentReport,
  sloStatusCounts: { ok: 0, 'at-risk': 1, frozen: 1, 'no-data': 1 },
};

/** A team owning checkout and payments. */
export const teamEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-checkout' },
  spec: { type: 'team', children: [] },
};
