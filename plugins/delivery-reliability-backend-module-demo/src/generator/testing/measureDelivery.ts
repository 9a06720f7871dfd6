/**
 * Test helper: DORA figures computed straight from generated events by the
 * rules of DESIGN.md "Metric definitions", so the profile tests check what
 * the backend will show, including default rollback targets and attribution
 * by time. Only tests import this.
 */
import {
  DeliveryEvent,
  DeploymentEvent,
  IncidentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Figures of one window. */
export interface MeasuredDelivery {
  productionDeployments: number;
  deploysPerDay: number;
  failed: number;
  changeFailureRatio: number;
  /** Share of production deployments that are rollbacks or have an attributed incident. */
  rollbackOrIncidentRatio: number;
  unplannedRatio: number;
  leadTimeP50Seconds: number;
  recoveryP50Seconds: number;
  failedPipelineRuns: number;
  hotfixes: number;
  rollbacks: number;
  rollbacksWithoutTarget: number;
  incidents: number;
  incidentsAttributedByTime: number;
  openIncidents: number;
}

const ms = (timestamp: string) => Date.parse(timestamp);

/** Nearest-rank quantile (DESIGN.md), NaN when there are no values. */
export function nearestRank(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]
    : NaN;
}

const isProduction = (d: DeploymentEvent) =>
  d.environment === 'production' && d.status === 'succeeded';

/** Latest production deployment of the same entity at or before `timeMs`. */
function latestAtOrBefore(
  deployments: DeploymentEvent[],
  entityRef: string,
  timeMs: number,
  filter: (d: DeploymentEvent) => boolean = () => true,
) {
  let latest: DeploymentEvent | undefined;
  for (const d of deployments) {
    if (d.entityRef === entityRef && ms(d.finishedAt) <= timeMs && filter(d)) {
      if (!latest || ms(d.finishedAt) >= ms(latest.finishedAt)) {
        latest = d;
      }
    }
  }
  return latest;
}

/** Rollback target: named, else the latest earlier non-rollback production deployment. */
export function rollbackTarget(
  deployments: DeploymentEvent[],
  rollback: DeploymentEvent,
) {
  if (rollback.rollsBack) {
    return rollback.rollsBack;
  }
  return latestAtOrBefore(
    deployments,
    rollback.entityRef,
    ms(rollback.finishedAt) - 1,
    d => !d.rollback,
  )?.id;
}

/** Attributed deployment of an incident: named, else the latest one before it started. */
export function attributedDeployment(
  deployments: DeploymentEvent[],
  incident: IncidentEvent,
) {
  return (
    incident.deploymentId ??
    latestAtOrBefore(deployments, incident.entityRef, ms(incident.startedAt))
      ?.id
  );
}

/** Measures production delivery of `events` in `[fromMs, toMs)`. */
export function measureDelivery(
  events: DeliveryEvent[],
  fromMs: number,
  toMs: number,
): MeasuredDelivery {
  const all = events.filter(
    (e): e is DeploymentEvent => e.type === 'deployment',
  );
  const production = all.filter(isProduction);
  const incidents = events.filter(
    (e): e is IncidentEvent => e.type === 'incident',
  );
  const changes = new Map(
    events.flatMap(e => (e.type === 'change' ? [[e.id, e] as const] : [])),
  );
  const inWindow = production.filter(
    d => ms(d.finishedAt) >= fromMs && ms(d.finishedAt) < toMs,
  );

  const rolledBackAt = new Map<string, number>();
  for (const rb of production.filter(d => d.rollback)) {
    const target = rollbackTarget(production, rb);
    if (target) rolledBackAt.set(target, ms(rb.finishedAt));
  }
  const incidentsOf = new Map<string, IncidentEvent[]>();
  for (const incident of incidents) {
    const target = attributedDeployment(production, incident);
    if (target)
      incidentsOf.set(target, [...(incidentsOf.get(target) ?? []), incident]);
  }
  const fixes = new Set(
    incidents.map(i => i.fixedByDeploymentId).filter(Boolean),
  );

  const failed = inWindow.filter(
    d => rolledBackAt.has(d.id) || incidentsOf.has(d.id),
  );
  const recoveries = failed.flatMap(d => {
    const attributed = incidentsOf.get(d.id);
    if (attributed) {
      if (attributed.some(i => !i.resolvedAt)) return [];
      const start = Math.min(...attributed.map(i => ms(i.startedAt)));
      const end = Math.max(...attributed.map(i => ms(i.resolvedAt!)));
      return [(end - start) / 1000];
    }
    return [(rolledBackAt.get(d.id)! - ms(d.finishedAt)) / 1000];
  });

  const firstDeployOf = new Map<string, number>();
  for (const d of production) {
    for (const id of d.changeIds ?? []) {
      const finish = ms(d.finishedAt);
      if (finish < (firstDeployOf.get(id) ?? Infinity))
        firstDeployOf.set(id, finish);
    }
  }
  const leadTimes = [...firstDeployOf]
    .filter(([, finish]) => finish >= fromMs && finish < toMs)
    .map(
      ([id, finish]) => (finish - ms(changes.get(id)!.firstCommitAt)) / 1000,
    );

  const count = inWindow.length;
  return {
    productionDeployments: count,
    deploysPerDay: count / ((toMs - fromMs) / 86_400_000),
    failed: failed.length,
    changeFailureRatio: failed.length / count,
    rollbackOrIncidentRatio:
      inWindow.filter(d => d.rollback || incidentsOf.has(d.id)).length / count,
    unplannedRatio:
      inWindow.filter(d => d.rollback || d.hotfix || fixes.has(d.id)).length /
      count,
    leadTimeP50Seconds: nearestRank(leadTimes, 0.5),
    recoveryP50Seconds: nearestRank(recoveries, 0.5),
    failedPipelineRuns: all.filter(d => d.status === 'failed').length,
    hotfixes: inWindow.filter(d => d.hotfix).length,
    rollbacks: inWindow.filter(d => d.rollback).length,
    rollbacksWithoutTarget: inWindow.filter(d => d.rollback && !d.rollsBack)
      .length,
    incidents: incidents.length,
    incidentsAttributedByTime: incidents.filter(i => !i.deploymentId).length,
    openIncidents: incidents.filter(i => !i.resolvedAt).length,
  };
}
