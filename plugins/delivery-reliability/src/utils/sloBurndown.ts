import {
  DeploymentView,
  IncidentView,
  SloHistoryPoint,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** One point of the burndown chart; `null` leaves a gap (no data ≠ 100 %). */
export interface BurndownPoint {
  atMs: number;
  remainingPercent: number | null;
}

/** A production deployment drawn as a vertical line. */
export interface DeploymentMarker {
  id: string;
  atMs: number;
  label: string;
}

/** An incident drawn as a shaded band from its start to its resolution (or now). */
export interface IncidentBand {
  id: string;
  fromMs: number;
  toMs: number;
  label: string;
  ongoing: boolean;
}

/** History points as percentages of the budget left, in time order. */
export function burndownPoints(
  points: readonly SloHistoryPoint[],
): BurndownPoint[] {
  return points
    .map(p => ({
      atMs: Date.parse(p.at),
      remainingPercent:
        p.budgetRemainingRatio === null
          ? null
          : Number((p.budgetRemainingRatio * 100).toFixed(2)),
    }))
    .sort((a, b) => a.atMs - b.atMs);
}

/** Succeeded deployments (the caller asks for production ones) that finished in `[fromMs, toMs]`. */
export function deploymentMarkers(
  deployments: readonly DeploymentView[],
  fromMs: number,
  toMs: number,
): DeploymentMarker[] {
  return deployments
    .filter(d => d.status === 'succeeded')
    .map(d => ({
      id: d.id,
      atMs: Date.parse(d.finishedAt),
      label: `${d.rollback ? 'rollback ' : ''}${d.version ?? d.id}`,
    }))
    .filter(m => m.atMs >= fromMs && m.atMs <= toMs);
}

/**
 * Incidents overlapping `[fromMs, toMs]`, clipped to it; an unresolved one
 * lasts until `nowMs`.
 */
export function incidentBands(
  incidents: readonly IncidentView[],
  fromMs: number,
  toMs: number,
  nowMs: number,
): IncidentBand[] {
  const bands: IncidentBand[] = [];
  for (const incident of incidents) {
    const startMs = Date.parse(incident.startedAt);
    const endMs = incident.resolvedAt ? Date.parse(incident.resolvedAt) : nowMs;
    if (!Number.isFinite(startMs) || endMs < fromMs || startMs > toMs) continue;
    bands.push({
      id: incident.id,
      fromMs: Math.max(startMs, fromMs),
      toMs: Math.min(endMs, toMs),
      label: [incident.severity, incident.title ?? incident.id]
        .filter(Boolean)
        .join(' '),
      ongoing: !incident.resolvedAt,
    });
  }
  return bands;
}

/** Points on the chart: hourly up to a week, every 6 hours beyond (≤ ~120 points for 30 days). */
export function burndownStep(periodSeconds: number): string {
  return periodSeconds <= 7 * 86_400 ? '1h' : '6h';
}
