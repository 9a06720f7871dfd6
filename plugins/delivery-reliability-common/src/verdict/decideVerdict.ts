import { DoraMetricsReport } from '../dora/api';
import { SloBudgetStatus } from '../slo/policy/status';
import {
  DeliveryAssessment,
  StabilityAssessment,
  Verdict,
  VerdictInput,
  VerdictKind,
  VerdictReason,
  VerdictThresholds,
} from './types';
import { formatRatio, formatPerDay, formatSeconds } from './format';

/**
 * Defaults of the verdict's thresholds: delivery is slow at a `medium` or
 * `low` deployment frequency or lead time; stability is poor above a 15 %
 * change failure rate (the 2023 report's medium bound; judged from ≥ 5
 * deployments) or when any SLO has spent its budget (`frozen`).
 * @public
 */
export const DEFAULT_VERDICT_THRESHOLDS: VerdictThresholds = {
  slowTiers: ['medium', 'low'],
  maxChangeFailureRatio: 0.15,
  minDeploymentsForChangeFailureRate: 5,
  unstableBudgetStatuses: ['frozen'],
};

const LABELS: Record<VerdictKind, string> = {
  'keep-going': 'keep going',
  'ship-more-often': 'ship more often',
  stabilise: 'stabilise',
  'stabilise-first': 'stabilise first',
  'not-enough-data': 'not enough data',
};

const STATUS_WORDS: Record<SloBudgetStatus, string> = {
  frozen: 'frozen',
  'at-risk': 'at risk',
  'no-data': 'without data',
  ok: 'within budget',
};

const slosText = (count: number) => `${count} SLO${count === 1 ? '' : 's'}`;

function judgeDelivery(
  dora: DoraMetricsReport | null,
  thresholds: VerdictThresholds,
): { assessment: DeliveryAssessment; reasons: VerdictReason[] } {
  const deployments = dora?.deploymentFrequency.deployments ?? 0;
  if (!dora || deployments === 0) {
    return {
      assessment: 'unknown',
      reasons: [
        {
          side: 'delivery',
          tone: 'info',
          subject: 'deploymentFrequency',
          text: 'no production deployments in the window',
        },
      ],
    };
  }
  const slow = (tier: string | null) =>
    tier !== null && thresholds.slowTiers.some(t => t === tier);
  const frequency = dora.deploymentFrequency;
  const leadTime = dora.leadTimeForChanges;
  const reasons: VerdictReason[] = [
    {
      side: 'delivery',
      tone: slow(frequency.tier) ? 'bad' : 'good',
      subject: 'deploymentFrequency',
      text: `deploys ${formatPerDay(frequency.perDay)} (${frequency.tier})`,
    },
  ];
  // A window whose deployments carried no changes has no lead time to judge.
  if (leadTime.p50Seconds !== null) {
    reasons.push({
      side: 'delivery',
      tone: slow(leadTime.tier) ? 'bad' : 'good',
      subject: 'leadTimeForChanges',
      text: `lead time ${formatSeconds(leadTime.p50Seconds)} (${
        leadTime.tier
      })`,
    });
  }
  const isSlow = reasons.some(r => r.tone === 'bad');
  return { assessment: isSlow ? 'slow' : 'fast', reasons };
}

function judgeSlos(
  input: VerdictInput,
  thresholds: VerdictThresholds,
): VerdictReason[] {
  if (input.slos.length === 0) {
    return [
      { side: 'stability', tone: 'info', subject: 'slos', text: 'no SLOs' },
    ];
  }
  const count = (status: SloBudgetStatus) =>
    input.slos.filter(s => s.status === status).length;
  const reasons: VerdictReason[] = [];
  const unstable = new Set(thresholds.unstableBudgetStatuses);
  // Worst first, so the headline names what matters most. `no-data` is
  // context unless configured as unstable (an unmeasured SLO hides risk).
  for (const status of ['frozen', 'at-risk', 'no-data'] as const) {
    const n = count(status);
    if (n === 0) continue;
    reasons.push({
      side: 'stability',
      tone: unstable.has(status) ? 'bad' : 'info',
      subject: 'slos',
      text: `${slosText(n)} ${STATUS_WORDS[status]}`,
    });
  }
  const ok = count('ok');
  const withData = input.slos.length - count('no-data');
  if (withData > 0 && ok === withData) {
    let text = `${slosText(ok)} within budget`;
    if (ok === input.slos.length && ok > 1) text = `all ${text}`;
    reasons.push({ side: 'stability', tone: 'good', subject: 'slos', text });
  }
  return reasons;
}

function judgeStability(
  input: VerdictInput,
  thresholds: VerdictThresholds,
): { assessment: StabilityAssessment; reasons: VerdictReason[] } {
  const reasons = judgeSlos(input, thresholds);
  const cfr = input.dora?.changeFailureRate;
  const judgeableCfr =
    cfr !== undefined &&
    cfr.ratio !== null &&
    cfr.deployments >= thresholds.minDeploymentsForChangeFailureRate;
  if (judgeableCfr) {
    reasons.push({
      side: 'stability',
      tone: cfr.ratio! > thresholds.maxChangeFailureRatio ? 'bad' : 'good',
      subject: 'changeFailureRate',
      text: `CFR ${formatRatio(cfr.ratio!)}`,
    });
  } else if (cfr && cfr.deployments > 0) {
    reasons.push({
      side: 'stability',
      tone: 'info',
      subject: 'changeFailureRate',
      text: `CFR not judged: ${cfr.deployments} of ${thresholds.minDeploymentsForChangeFailureRate} deployments needed`,
    });
  }
  if (reasons.some(r => r.tone === 'bad')) {
    return { assessment: 'unstable', reasons };
  }
  const sloJudged = input.slos.some(s => s.status !== 'no-data');
  return {
    assessment: sloJudged || judgeableCfr ? 'stable' : 'unknown',
    reasons,
  };
}

function kindOf(
  delivery: DeliveryAssessment,
  stability: StabilityAssessment,
): VerdictKind {
  if (stability === 'unstable') {
    return delivery === 'slow' ? 'stabilise-first' : 'stabilise';
  }
  if (stability === 'unknown' || delivery === 'unknown') {
    return 'not-enough-data';
  }
  return delivery === 'slow' ? 'ship-more-often' : 'keep-going';
}

/** The reasons a headline names: what drove the verdict. */
function headlineReasons(kind: VerdictKind, reasons: VerdictReason[]) {
  switch (kind) {
    case 'keep-going':
      return reasons.filter(r => r.tone === 'good');
    case 'ship-more-often':
      return reasons.filter(r => r.side === 'delivery' && r.tone === 'bad');
    case 'stabilise':
      return reasons.filter(r => r.side === 'stability' && r.tone === 'bad');
    case 'stabilise-first':
      return reasons.filter(r => r.tone === 'bad');
    default:
      return reasons.filter(r => r.tone === 'info');
  }
}

/**
 * The ship-or-stabilise verdict: DevOps makes a team fast, SRE keeps it
 * stable, and the error budget decides which to push now.
 *
 * - **Delivery** is `slow` when deployment frequency or lead time (p50) has a
 *   tier in `slowTiers`, `fast` otherwise, `unknown` without production
 *   deployments in the window.
 * - **Stability** is `unstable` when an SLO has a status in
 *   `unstableBudgetStatuses` or the change failure rate is above
 *   `maxChangeFailureRatio` (judged from at least
 *   `minDeploymentsForChangeFailureRate` deployments); `stable` when SLOs
 *   with data or a judgeable CFR show neither; `unknown` when there is
 *   nothing to judge.
 * - Unstable → `stabilise` (or `stabilise-first` when also slow); stable and
 *   slow → `ship-more-often`; stable and fast → `keep-going`; otherwise
 *   `not-enough-data`.
 *
 * The headline names the reasons that drove the verdict, e.g.
 * `ship more often: lead time 9 d (medium)`.
 * @public
 */
export function decideVerdict(
  input: VerdictInput,
  thresholds: VerdictThresholds = DEFAULT_VERDICT_THRESHOLDS,
): Verdict {
  const delivery = judgeDelivery(input.dora, thresholds);
  const stability = judgeStability(input, thresholds);
  const kind = kindOf(delivery.assessment, stability.assessment);
  const reasons = [...delivery.reasons, ...stability.reasons];
  const named = headlineReasons(kind, reasons).map(r => r.text);
  return {
    kind,
    headline: named.length
      ? `${LABELS[kind]}: ${named.join(', ')}`
      : LABELS[kind],
    delivery: delivery.assessment,
    stability: stability.assessment,
    reasons,
  };
}
