import {
  ChangeView,
  DeploymentView,
  LeadTimeStart,
  leadTimeStartMs,
  nearestRankQuantile,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * Seconds from a change's lead-time start (per {@link leadTimeStartMs}, the
 * rule the metric uses) to a deployment's finish, never negative — as the
 * metric counts it; NaN when a time is unparsable.
 */
export function changeLeadTimeSeconds(
  change: ChangeView,
  deploymentFinishedAt: string,
  leadTimeStart?: LeadTimeStart,
): number {
  const startMs = leadTimeStartMs(
    {
      id: change.id,
      entityRef: change.entityRef,
      firstCommitAtMs: Date.parse(change.firstCommitAt),
      prOpenedAtMs: optionalMs(change.prOpenedAt),
      mergedAtMs: optionalMs(change.mergedAt),
    },
    leadTimeStart,
  );
  return Math.max(0, Date.parse(deploymentFinishedAt) - startMs) / 1000;
}

/**
 * Nearest-rank p50 of the lead times of the changes one deployment shipped,
 * up to that deployment; `null` when it lists none. (The metric itself counts
 * a change only at its first production deployment; this is per row.)
 */
export function deploymentLeadTimeP50Seconds(
  deployment: Pick<DeploymentView, 'changes' | 'finishedAt'>,
  leadTimeStart?: LeadTimeStart,
): number | null {
  const sorted = deployment.changes
    .map(c => changeLeadTimeSeconds(c, deployment.finishedAt, leadTimeStart))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return nearestRankQuantile(sorted, 0.5);
}

function optionalMs(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso);
}
