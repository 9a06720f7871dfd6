import { fixedDurationMs } from '../openslo/duration';
import { OpenSloObjective, OpenSloSlo } from '../openslo/types';
import {
  DEFAULT_SLI_STEP_MS,
  SliBucket,
  SliCounts,
  SloTimeRange,
  excludeMaintenanceWindows,
  sliBucketsIn,
  sumSliBuckets,
} from './buckets';
import { budgetRemainingRatio, errorBudgetRatio, sliRatio } from './budget';
import { SloBudgeting, budgetCounts } from './budgetCounts';
import {
  SLO_BURN_WINDOWS,
  SLO_BURN_WINDOW_MS,
  SloAlertState,
  SloBurnAlertEvaluation,
  SloBurnAlertRule,
  SloBurnWindow,
  evaluateBurnAlerts,
  sloAlertState,
  windowBurn,
  workbookBurnAlertRules,
} from './burnAlerts';
import { timeToExhaustionSeconds } from './exhaustion';
import { burnAlertRulesFromOpenSlo } from './openSloAlertRules';
import { SloPeriod, sloPeriodAt } from './period';

/** Options of {@link evaluateSloObjective}. @public */
export interface SloEvaluationOptions {
  nowMs: number;
  /** Bucket step; default 5 min. */
  stepMs?: number;
  /** Planned maintenance, excluded from every count. */
  maintenanceWindows?: readonly SloTimeRange[];
  /** Default: the SLO's own burn-rate alert policies, else the scaled Workbook rules. */
  alertRules?: readonly SloBurnAlertRule[];
  /** See `SloBurnAlertInput.minEventsInLongWindow`. */
  minEventsInLongWindow?: number;
  /** The burn rate time-to-exhaustion projects from; default `1h`. */
  exhaustionWindow?: SloBurnWindow;
  /** Data is stale when the newest bucket ended longer ago than this; default 3 steps. */
  staleAfterMs?: number;
}

/** Everything the UI and the gate need about one objective at one instant. @public */
export interface SloEvaluation {
  period: SloPeriod;
  /** Full period length: the duration (rolling) or the calendar period. */
  periodMs: number;
  /** Budget units: events (Occurrences) or slices (Timeslices, RatioTimeslices). */
  unit: 'events' | 'slices';
  /** Period-to-date counts in budget units. */
  counts: SliCounts;
  /** Period-to-date events, whatever the unit. */
  events: SliCounts;
  sli: number | null;
  errorBudgetRatio: number;
  budgetRemainingRatio: number | null;
  burnRates: Record<SloBurnWindow, number | null>;
  alerts: SloBurnAlertEvaluation[];
  alertState: SloAlertState;
  /** Any alert rule saw too little traffic to be trusted. */
  lowTraffic: boolean;
  timeToExhaustionSeconds: number | null;
  dataFreshness: { lastBucketAtMs: number | null; stale: boolean };
}

/** The budgeting of one objective, slice length in ms. @public */
export function sloBudgetingOf(
  slo: Pick<OpenSloSlo, 'budgetingMethod'>,
  objective: OpenSloObjective,
): SloBudgeting {
  return {
    method: slo.budgetingMethod,
    ...(objective.timeSliceWindow
      ? { timeSliceMs: fixedDurationMs(objective.timeSliceWindow) }
      : {}),
    ...(objective.timeSliceTarget !== undefined
      ? { timeSliceTarget: objective.timeSliceTarget }
      : {}),
  };
}

function freshness(
  buckets: readonly SliBucket[],
  nowMs: number,
  stepMs: number,
  staleAfterMs: number,
) {
  let last: number | null = null;
  for (const b of buckets)
    if (b.startMs < nowMs && (last === null || b.startMs > last))
      last = b.startMs;
  return {
    lastBucketAtMs: last,
    stale: last === null || nowMs - (last + stepMs) > staleAfterMs,
  };
}

/**
 * Evaluates one objective of a parsed SLO from its stored buckets at `nowMs`:
 * budget over the period so far (calendar) or the last `duration` (rolling),
 * burn rates over the standard windows ending at `nowMs`, alerts, low
 * traffic, time to exhaustion and data freshness. Burn windows may reach
 * back before a calendar period's start: they describe recent behaviour,
 * not the budget.
 * @public
 */
export function evaluateSloObjective(
  slo: Pick<OpenSloSlo, 'timeWindow' | 'budgetingMethod' | 'alertPolicies'>,
  objective: OpenSloObjective,
  buckets: readonly SliBucket[],
  options: SloEvaluationOptions,
): SloEvaluation {
  const { nowMs } = options;
  const stepMs = options.stepMs ?? DEFAULT_SLI_STEP_MS;
  const usable = excludeMaintenanceWindows(
    buckets,
    options.maintenanceWindows ?? [],
    stepMs,
  );
  const budgeting = sloBudgetingOf(slo, objective);
  const target = objective.target;

  const period = sloPeriodAt(slo.timeWindow, nowMs);
  const periodMs =
    slo.timeWindow.type === 'rolling'
      ? nowMs - period.startMs
      : period.endMs - period.startMs;
  const soFar = sliBucketsIn(usable, {
    fromMs: period.startMs,
    toMs: Math.min(nowMs, period.endMs),
  });
  const counts = budgetCounts(soFar, budgeting);
  const remaining = budgetRemainingRatio(counts, target);

  const burnInput = { buckets: usable, nowMs, target, budgeting };
  const burnRates = Object.fromEntries(
    SLO_BURN_WINDOWS.map(w => [
      w,
      windowBurn(burnInput, SLO_BURN_WINDOW_MS[w]).burnRate,
    ]),
  ) as Record<SloBurnWindow, number | null>;

  const ownRules = burnAlertRulesFromOpenSlo(slo.alertPolicies);
  const rules =
    options.alertRules ??
    (ownRules.length > 0 ? ownRules : workbookBurnAlertRules(periodMs));
  const alerts = evaluateBurnAlerts({
    ...burnInput,
    rules,
    ...(options.minEventsInLongWindow !== undefined
      ? { minEventsInLongWindow: options.minEventsInLongWindow }
      : {}),
  });

  let exhaustion = timeToExhaustionSeconds({
    budgetRemainingRatio: remaining,
    burnRate: burnRates[options.exhaustionWindow ?? '1h'],
    periodMs,
  });
  // A calendar budget resets at the period end; past it, it never runs out.
  if (
    slo.timeWindow.type === 'calendar' &&
    exhaustion !== null &&
    nowMs + exhaustion * 1000 >= period.endMs
  ) {
    exhaustion = null;
  }

  return {
    period,
    periodMs,
    unit: budgeting.method === 'Occurrences' ? 'events' : 'slices',
    counts,
    events: sumSliBuckets(soFar),
    sli: sliRatio(counts),
    errorBudgetRatio: errorBudgetRatio(target),
    budgetRemainingRatio: remaining,
    burnRates,
    alerts,
    alertState: sloAlertState(alerts),
    lowTraffic: alerts.some(a => a.lowTraffic),
    timeToExhaustionSeconds: exhaustion,
    dataFreshness: freshness(
      buckets,
      nowMs,
      stepMs,
      options.staleAfterMs ?? 3 * stepMs,
    ),
  };
}
