import {
  DEFAULT_VERDICT_THRESHOLDS,
  DoraMetricsReport,
  SloStatusCounts,
  Verdict,
  VerdictResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { currentReport, emptyReport } from '../../testData/dora';

/**
 * Hand-written verdict answers, one per kind (not imported by production
 * code). Figures follow `../../testData/dora`: 42 deployments in 90 days is
 * 3.3/week (high), p50 lead time 2 d 3 h = 2.1 d (high), 3 of 42 failed =
 * 7.1 %.
 */

const ENTITY_REF = 'component:default/checkout';

const counts = (partial: Partial<SloStatusCounts>): SloStatusCounts => ({
  ok: 0,
  'at-risk': 0,
  frozen: 0,
  'no-data': 0,
  ...partial,
});

function response(
  verdict: Verdict,
  dora: DoraMetricsReport,
  sloStatusCounts: SloStatusCounts,
): VerdictResponse {
  return {
    entityRef: ENTITY_REF,
    window: {
      from: '2024-02-11T00:00:00.000Z',
      to: '2024-05-11T00:00:00.000Z',
      days: 90,
    },
    verdict,
    thresholds: DEFAULT_VERDICT_THRESHOLDS,
    dora,
    sloStatusCounts,
  };
}

const deploys = {
  side: 'delivery',
  tone: 'good',
  subject: 'deploymentFrequency',
  text: 'deploys 3.3/week (high)',
} as const;
const leadTime = {
  side: 'delivery',
  tone: 'good',
  subject: 'leadTimeForChanges',
  text: 'lead time 2.1 d (high)',
} as const;
const cfrOk = {
  side: 'stability',
  tone: 'good',
  subject: 'changeFailureRate',
  text: 'CFR 7.1 %',
} as const;

/** Fast and stable: 2 SLOs within budget. */
export const keepGoing = response(
  {
    kind: 'keep-going',
    headline:
      'keep going: deploys 3.3/week (high), lead time 2.1 d (high), all 2 SLOs within budget, CFR 7.1 %',
    delivery: 'fast',
    stability: 'stable',
    reasons: [
      deploys,
      leadTime,
      {
        side: 'stability',
        tone: 'good',
        subject: 'slos',
        text: 'all 2 SLOs within budget',
      },
      cfrOk,
    ],
  },
  currentReport,
  counts({ ok: 2 }),
);

/** Stable but a 9-day lead time (medium): speed up. */
export const shipMoreOften = response(
  {
    kind: 'ship-more-often',
    headline: 'ship more often: lead time 9 d (medium)',
    delivery: 'slow',
    stability: 'stable',
    reasons: [
      deploys,
      { ...leadTime, tone: 'bad', text: 'lead time 9 d (medium)' },
      {
        side: 'stability',
        tone: 'info',
        subject: 'slos',
        text: '1 SLO at risk',
      },
      cfrOk,
    ],
  },
  {
    ...currentReport,
    leadTimeForChanges: {
      ...currentReport.leadTimeForChanges,
      p50Seconds: 9 * 86_400,
      tier: 'medium',
    },
  },
  counts({ ok: 1, 'at-risk': 1 }),
);

/** 50 deployments in 90 days (3.9/week) but 2 SLOs frozen and 9 of 50 failed (18 %). */
export const stabilise = response(
  {
    kind: 'stabilise',
    headline: 'stabilise: 2 SLOs frozen, CFR 18 %',
    delivery: 'fast',
    stability: 'unstable',
    reasons: [
      { ...deploys, text: 'deploys 3.9/week (high)' },
      leadTime,
      {
        side: 'stability',
        tone: 'bad',
        subject: 'slos',
        text: '2 SLOs frozen',
      },
      { ...cfrOk, tone: 'bad', text: 'CFR 18 %' },
    ],
  },
  {
    ...currentReport,
    deploymentFrequency: {
      deployments: 50,
      days: 90,
      perDay: 50 / 90,
      tier: 'high',
    },
    changeFailureRate: { deployments: 50, failed: 9, ratio: 0.18, tier: 'low' },
  },
  counts({ frozen: 2, ok: 1 }),
);

/** 4 deployments in 90 days (4 × 7 / 90 = 0.3/week, medium) and an SLO frozen. */
export const stabiliseFirst = response(
  {
    kind: 'stabilise-first',
    headline: 'stabilise first: deploys 0.3/week (medium), 1 SLO frozen',
    delivery: 'slow',
    stability: 'unstable',
    reasons: [
      { ...deploys, tone: 'bad', text: 'deploys 0.3/week (medium)' },
      { side: 'stability', tone: 'bad', subject: 'slos', text: '1 SLO frozen' },
      {
        side: 'stability',
        tone: 'info',
        subject: 'changeFailureRate',
        text: 'CFR not judged: 4 of 5 deployments needed',
      },
    ],
  },
  {
    ...emptyReport,
    deploymentFrequency: {
      deployments: 4,
      days: 90,
      perDay: 4 / 90,
      tier: 'medium',
    },
    changeFailureRate: { deployments: 4, failed: 1, ratio: 0.25, tier: 'low' },
  },
  counts({ frozen: 1 }),
);

/** No deployments and no SLOs. */
export const notEnoughData = response(
  {
    kind: 'not-enough-data',
    headline:
      'not enough data: no production deployments in the window, no SLOs',
    delivery: 'unknown',
    stability: 'unknown',
    reasons: [
      {
        side: 'delivery',
        tone: 'info',
        subject: 'deploymentFrequency',
        text: 'no production deployments in the window',
      },
      { side: 'stability', tone: 'info', subject: 'slos', text: 'no SLOs' },
    ],
  },
  emptyReport,
  counts({}),
);
