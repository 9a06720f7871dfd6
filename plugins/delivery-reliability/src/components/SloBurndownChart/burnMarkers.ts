import { DeploymentBurnResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeploymentMarker } from '../../utils/sloBurndown';
import { formatBudgetShare } from '../DeploymentBurnList/burnFormat';

/** What one SLO's budget did around a deployment that burned it. */
export interface MarkerBurn {
  /** Share of the period's budget consumed in the hour before and after. */
  beforeRatio: number | null;
  afterRatio: number | null;
}

/** A deployment line on the chart; `burn` is set when it burned this SLO's budget. */
export interface BurnDeploymentMarker extends DeploymentMarker {
  burn?: MarkerBurn;
}

/**
 * The chart's deployment markers with those that burned the budget of SLO
 * `sloId` (per the deployment-burn answer) marked. A burned deployment the
 * marker list lacks (beyond the deployments read) is added, so no burn in
 * `[fromMs, toMs]` goes unmarked.
 */
export function markBurns(
  markers: readonly DeploymentMarker[],
  burn: DeploymentBurnResponse | undefined,
  sloId: string,
  fromMs: number,
  toMs: number,
): BurnDeploymentMarker[] {
  const burns = new Map<string, MarkerBurn & { atMs: number; label: string }>();
  for (const deployment of burn?.deployments ?? []) {
    const slo = deployment.slos.find(s => s.sloId === sloId);
    const atMs = Date.parse(deployment.finishedAt);
    if (!slo?.burned || atMs < fromMs || atMs > toMs) continue;
    burns.set(deployment.deploymentId, {
      atMs,
      label: deployment.version ?? deployment.deploymentId,
      beforeRatio: slo.before.budgetConsumedRatio,
      afterRatio: slo.after.budgetConsumedRatio,
    });
  }
  const marked: BurnDeploymentMarker[] = markers.map(marker => {
    const found = burns.get(marker.id);
    if (!found) return marker;
    burns.delete(marker.id);
    const { beforeRatio, afterRatio } = found;
    return { ...marker, burn: { beforeRatio, afterRatio } };
  });
  for (const [id, { atMs, label, beforeRatio, afterRatio }] of burns) {
    marked.push({ id, atMs, label, burn: { beforeRatio, afterRatio } });
  }
  return marked.sort((a, b) => a.atMs - b.atMs);
}

/** `burned 3.2 % of the budget in the hour after (0.4 % before)`. */
export function burnTooltip(burn: MarkerBurn): string {
  return `burned ${formatBudgetShare(
    burn.afterRatio,
  )} of the budget in the hour after (${formatBudgetShare(
    burn.beforeRatio,
  )} before)`;
}
