// The five DORA metrics counted "by hand" from the rows the Delivery tab
// lists (deployments with their changes, failed flag, rollbacks and
// incidents), written from DESIGN.md's rules with no code shared with the
// plugin, so the e2e check is independent of the engine it checks.

/** Nearest rank: the value at rank ⌈q·n⌉ of the sorted values. */
export function nearestRank(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

const ms = iso => Date.parse(iso);

/**
 * @param deployments every deployment of the entity up to `to` (the tab's rows)
 * @param incidents every incident of the entity (the tab's incidents table)
 * @param window {from, to} RFC 3339, half-open
 */
export function doraByHand(deployments, incidents, window) {
  const from = ms(window.from);
  const to = ms(window.to);
  const inWindow = t => t >= from && t < to;
  const production = deployments.filter(d => d.environment === 'production' && d.status === 'succeeded');
  const counted = production.filter(d => inWindow(ms(d.finishedAt)));
  const days = (to - from) / 86_400_000;

  // A change counts once, at the earliest production deployment listing it.
  const firstDeploy = new Map();
  for (const d of production) {
    for (const c of d.changes) {
      const seen = firstDeploy.get(c.id);
      if (!seen || ms(d.finishedAt) < seen.at) firstDeploy.set(c.id, { at: ms(d.finishedAt), change: c });
    }
  }
  const leadTimes = [...firstDeploy.values()]
    .filter(({ at }) => inWindow(at))
    .map(({ at, change }) => (at - ms(change.firstCommitAt)) / 1000);

  const failed = counted.filter(d => d.failed);
  const finishOf = new Map(deployments.map(d => [d.id, ms(d.finishedAt)]));
  const recoveries = [];
  let unresolved = 0;
  for (const d of failed) {
    if (d.incidents.length > 0) {
      if (d.incidents.some(i => !i.resolvedAt)) {
        unresolved++;
        continue;
      }
      const start = Math.min(...d.incidents.map(i => ms(i.startedAt)));
      const end = Math.max(...d.incidents.map(i => ms(i.resolvedAt)));
      recoveries.push((end - start) / 1000);
    } else {
      const rollbackAt = Math.min(...d.rolledBackBy.map(id => finishOf.get(id)));
      recoveries.push((rollbackAt - ms(d.finishedAt)) / 1000);
    }
  }

  const fixes = new Set(incidents.map(i => i.fixedByDeploymentId).filter(Boolean));
  const unplanned = counted.filter(d => d.rollback || d.hotfix || fixes.has(d.id));

  return {
    deploymentFrequency: { deployments: counted.length, perDay: counted.length / days },
    leadTimeForChanges: { n: leadTimes.length, p50Seconds: nearestRank(leadTimes, 0.5), p90Seconds: nearestRank(leadTimes, 0.9) },
    changeFailureRate: { deployments: counted.length, failed: failed.length, ratio: counted.length ? failed.length / counted.length : null },
    failedDeploymentRecoveryTime: { failed: failed.length, unresolved, n: recoveries.length, p50Seconds: nearestRank(recoveries, 0.5) },
    deploymentReworkRate: { deployments: counted.length, unplanned: unplanned.length, ratio: counted.length ? unplanned.length / counted.length : null },
  };
}
