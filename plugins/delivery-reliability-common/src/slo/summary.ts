import { SloHistoryPoint, SloSummary } from './api';
import {
  DEFAULT_SLI_STEP_MS,
  SliBucket,
  SloTimeRange,
  excludeMaintenanceWindows,
  sliBucketsIn,
} from './math/buckets';
import { budgetRemainingRatio, burnRate, sliRatio } from './math/budget';
import { budgetCounts } from './math/budgetCounts';
import { SLO_BURN_WINDOW_MS } from './math/burnAlerts';
import { SloEvaluation, sloBudgetingOf } from './math/evaluateSlo';
import { sloPeriodAt } from './math/period';
import { OpenSloObjective, OpenSloSlo } from './openslo/types';
import { SloErrorBudgetPolicy, sloBudgetStatus } from './policy/status';

const iso = (ms: number) => new Date(ms).toISOString();

/** The summary id of an objective: the SLO name, `#<index>` after the first. @public */
export function sloSummaryId(sloName: string, objectiveIndex: number): string {
  return objectiveIndex === 0 ? sloName : `${sloName}#${objectiveIndex}`;
}

/**
 * The API view of an evaluation (see `evaluateSloObjective`), with the
 * status under `policy` and times as RFC 3339.
 * @public
 */
export function toSloSummary(
  slo: OpenSloSlo,
  objective: OpenSloObjective,
  evaluation: SloEvaluation,
  context: { entityRef: string; policy?: SloErrorBudgetPolicy },
): SloSummary {
  const { timeWindow } = slo;
  const e = evaluation;
  return {
    id: sloSummaryId(slo.name, objective.index),
    name: slo.name,
    ...(slo.displayName !== undefined ? { displayName: slo.displayName } : {}),
    entityRef: context.entityRef,
    objective: {
      index: objective.index,
      displayName: objective.displayName,
      target: objective.target,
      ...(objective.timeSliceTarget !== undefined
        ? { timeSliceTarget: objective.timeSliceTarget }
        : {}),
      ...(objective.timeSliceWindow
        ? { timeSliceWindow: objective.timeSliceWindow.text }
        : {}),
    },
    window: {
      type: timeWindow.type,
      duration: timeWindow.duration.text,
      ...(timeWindow.type === 'calendar'
        ? { timeZone: timeWindow.timeZone }
        : {}),
      from: iso(e.period.startMs),
      to: iso(e.period.endMs),
      periodSeconds: e.periodMs / 1000,
    },
    budgetingMethod: slo.budgetingMethod,
    unit: e.unit,
    good: e.counts.good,
    total: e.counts.total,
    sli: e.sli,
    errorBudgetRatio: e.errorBudgetRatio,
    budgetRemainingRatio: e.budgetRemainingRatio,
    status: sloBudgetStatus(e, context.policy),
    burnRates: e.burnRates,
    alertState: e.alertState,
    alerts: e.alerts.map(a => ({
      severity: a.severity,
      longWindow: a.longWindow,
      shortWindow: a.shortWindow,
      burnRateThreshold: a.burnRateThreshold,
      longBurnRate: a.longBurnRate,
      shortBurnRate: a.shortBurnRate,
      longWindowEvents: a.longWindowEvents,
      lowTraffic: a.lowTraffic,
      firing: a.firing,
    })),
    lowTraffic: e.lowTraffic,
    timeToExhaustionSeconds: e.timeToExhaustionSeconds,
    dataFreshness: {
      lastBucketAt:
        e.dataFreshness.lastBucketAtMs === null
          ? null
          : iso(e.dataFreshness.lastBucketAtMs),
      stale: e.dataFreshness.stale,
    },
  };
}

/** Options of {@link sloHistoryPoints}. @public */
export interface SloHistoryOptions {
  /** Points at `fromMs`, `fromMs + pointStepMs`, … up to `toMs` (inclusive). */
  fromMs: number;
  toMs: number;
  pointStepMs: number;
  stepMs?: number;
  maintenanceWindows?: readonly SloTimeRange[];
}

/**
 * The budget as it stood at each point: each point is the evaluation of the
 * SLO's period ending at that instant (period-to-date for calendar windows),
 * plus the burn rate over the hour before it.
 * @public
 */
export function sloHistoryPoints(
  slo: Pick<OpenSloSlo, 'timeWindow' | 'budgetingMethod'>,
  objective: OpenSloObjective,
  buckets: readonly SliBucket[],
  options: SloHistoryOptions,
): SloHistoryPoint[] {
  if (!(options.pointStepMs > 0))
    throw new RangeError('pointStepMs must be > 0');
  const stepMs = options.stepMs ?? DEFAULT_SLI_STEP_MS;
  const usable = excludeMaintenanceWindows(
    buckets,
    options.maintenanceWindows ?? [],
    stepMs,
  );
  const budgeting = sloBudgetingOf(slo, objective);
  const points: SloHistoryPoint[] = [];
  for (let at = options.fromMs; at <= options.toMs; at += options.pointStepMs) {
    const period = sloPeriodAt(slo.timeWindow, at);
    const counts = budgetCounts(
      sliBucketsIn(usable, { fromMs: period.startMs, toMs: at }),
      budgeting,
    );
    const lastHour = budgetCounts(
      sliBucketsIn(usable, { fromMs: at - SLO_BURN_WINDOW_MS['1h'], toMs: at }),
      budgeting,
    );
    points.push({
      at: iso(at),
      good: counts.good,
      total: counts.total,
      sli: sliRatio(counts),
      budgetRemainingRatio: budgetRemainingRatio(counts, objective.target),
      burnRate1h: burnRate(lastHour, objective.target),
    });
  }
  return points;
}
