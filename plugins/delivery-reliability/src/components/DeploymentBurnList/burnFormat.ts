import { DeploymentBurn } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatSloPercent } from '../../utils/sloFormat';

/**
 * A share of an SLO period's error budget: `3.2 %`, `0.04 %` (two decimals,
 * because one hour rarely spends more than a few percent), `no data`.
 */
export function formatBudgetShare(ratio: number | null): string {
  return formatSloPercent(ratio, 2);
}

/** A change in budget consumed, signed: `+2.8 %`, `−0.4 %`, `±0 %`. */
export function formatBudgetDelta(ratio: number | null): string {
  if (ratio === null) return 'no data';
  if (Number(ratio.toFixed(4)) === 0) return '±0 %';
  const text = formatSloPercent(ratio, 2);
  return ratio > 0 ? `+${text}` : text;
}

/** Deployments that burned budget first, each group in the given (newest-first) order. */
export function burnedFirst(
  deployments: readonly DeploymentBurn[],
): DeploymentBurn[] {
  return [
    ...deployments.filter(d => d.burned),
    ...deployments.filter(d => !d.burned),
  ];
}

/** The worst SLO's entry of a deployment (before, after and delta), if any. */
export function worstSloOf(deployment: DeploymentBurn) {
  const { worst } = deployment;
  return worst ? deployment.slos.find(s => s.sloId === worst.sloId) : undefined;
}
