// The ship-or-stabilise rule written again from README's "The verdict"
// section, sharing no code with the plugin, with the default thresholds:
// slow = deployment frequency or lead time tier medium/low; unstable = a
// frozen SLO, or CFR > 15 % over at least 5 production deployments.

const SLOW_TIERS = new Set(['medium', 'low']);

/** @returns {'keep-going'|'ship-more-often'|'stabilise'|'stabilise-first'|'not-enough-data'} */
export function verdictByHand(metrics, slos) {
  const deployments = metrics.deploymentFrequency.deployments;
  let delivery = 'unknown';
  if (deployments > 0) {
    const leadTimeSlow =
      metrics.leadTimeForChanges.p50Seconds !== null && SLOW_TIERS.has(metrics.leadTimeForChanges.tier);
    delivery = SLOW_TIERS.has(metrics.deploymentFrequency.tier) || leadTimeSlow ? 'slow' : 'fast';
  }
  const cfr = metrics.changeFailureRate;
  const cfrJudged = cfr.ratio !== null && cfr.deployments >= 5;
  const frozen = slos.some(s => s.status === 'frozen');
  let stability = 'unknown';
  if (frozen || (cfrJudged && cfr.ratio > 0.15)) stability = 'unstable';
  else if (cfrJudged || slos.some(s => s.status !== 'no-data')) stability = 'stable';

  if (stability === 'unstable') return delivery === 'slow' ? 'stabilise-first' : 'stabilise';
  if (stability === 'unknown' || delivery === 'unknown') return 'not-enough-data';
  return delivery === 'slow' ? 'ship-more-often' : 'keep-going';
}
