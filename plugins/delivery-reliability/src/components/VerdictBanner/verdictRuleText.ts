import { VerdictThresholds } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatSloPercent } from '../../utils/sloFormat';
import { SLO_STATUS_LABELS } from '../../utils/sloStatus';

/** `a`, `a or b`, `a, b or c`. */
function either(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * The verdict's rule in words, with the thresholds in force filled in, one
 * sentence per line: what makes delivery slow, what makes stability poor,
 * and which verdict follows. Mirrors `decideVerdict` in -common, so users
 * see the rule that decided (not the defaults when config changed them).
 */
export function verdictRuleText(thresholds: VerdictThresholds): string[] {
  const statuses = thresholds.unstableBudgetStatuses.map(s =>
    SLO_STATUS_LABELS[s].toLowerCase(),
  );
  const slowLine =
    thresholds.slowTiers.length > 0
      ? `Delivery is slow when deployment frequency or lead time (p50) is ${either(
          thresholds.slowTiers,
        )}.`
      : 'Delivery is never judged slow (no slow tiers configured).';
  const cfr = `the change failure rate is above ${formatSloPercent(
    thresholds.maxChangeFailureRatio,
    1,
  )} (judged from at least ${
    thresholds.minDeploymentsForChangeFailureRate
  } production deployments)`;
  const poorLine =
    statuses.length > 0
      ? `Stability is poor when an SLO is ${either(statuses)}, or ${cfr}.`
      : `Stability is poor when ${cfr}.`;
  return [
    slowLine,
    poorLine,
    'Poor stability → stabilise (stabilise first when delivery is also slow); stable and slow → ship more often; stable and fast → keep going; otherwise not enough data.',
  ];
}
