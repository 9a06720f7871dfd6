import { SliBucket, SliCounts, sliBucketsIn, sumSliBuckets } from './buckets';
import { burnRate, errorBudgetRatio } from './budget';
import { SloBudgeting, budgetCounts } from './budgetCounts';
import { roundSloRatio } from './precision';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The standard burn-rate windows shown for every SLO. @public */
export const SLO_BURN_WINDOWS = [
  '5m',
  '30m',
  '1h',
  '2h',
  '6h',
  '1d',
  '3d',
] as const;

/** One of {@link SLO_BURN_WINDOWS}. @public */
export type SloBurnWindow = (typeof SLO_BURN_WINDOWS)[number];

/** Length of each standard window in ms. @public */
export const SLO_BURN_WINDOW_MS: Record<SloBurnWindow, number> = {
  '5m': 5 * MINUTE_MS,
  '30m': 30 * MINUTE_MS,
  '1h': HOUR_MS,
  '2h': 2 * HOUR_MS,
  '6h': 6 * HOUR_MS,
  '1d': DAY_MS,
  '3d': 3 * DAY_MS,
};

/** What a firing alert asks for. @public */
export type SloAlertSeverity = 'page' | 'ticket';

/** The most urgent firing alert of an SLO. @public */
export type SloAlertState = SloAlertSeverity | 'none';

/**
 * A multi-window burn-rate rule: fires when the burn rate over both the long
 * and the short window exceeds `burnRateThreshold`. The short window (1/12 of
 * the long one in the Workbook) makes the alert stop soon after the burning
 * stops.
 * @public
 */
export interface SloBurnAlertRule {
  severity: SloAlertSeverity;
  longWindow: string;
  longWindowMs: number;
  shortWindow: string;
  shortWindowMs: number;
  burnRateThreshold: number;
}

/**
 * The burn-rate threshold that spends `budgetFraction` of the budget within
 * `longWindowMs` of a period of `periodMs`:
 *
 *   threshold = budgetFraction × periodMs / longWindowMs
 *
 * because a burn rate of b spends b × window / period of the budget. For a
 * 30-day period this gives the SRE Workbook's factors: 2 % in 1 h → 14.4,
 * 5 % in 6 h → 6, 10 % in 3 d → 1. For 28 days: 13.44, 5.6, 0.9333…; for
 * 7 days: 3.36, 1.4, 0.2333….
 * @public
 */
export function scaledBurnRateThreshold(
  budgetFraction: number,
  periodMs: number,
  longWindowMs: number,
): number {
  return roundSloRatio((budgetFraction * periodMs) / longWindowMs);
}

/**
 * The SRE Workbook's multi-window, multi-burn-rate alerts (chapter "Alerting
 * on SLOs"), with thresholds scaled to the SLO period so each spends the same
 * budget fraction as in the Workbook's 30-day example: page on 1 h & 5 m
 * (2 % of the budget), page on 6 h & 30 m (5 %), ticket on 3 d & 6 h (10 %).
 * @public
 */
export function workbookBurnAlertRules(periodMs: number): SloBurnAlertRule[] {
  const rule = (
    severity: SloAlertSeverity,
    long: SloBurnWindow,
    short: SloBurnWindow,
    fraction: number,
  ): SloBurnAlertRule => ({
    severity,
    longWindow: long,
    longWindowMs: SLO_BURN_WINDOW_MS[long],
    shortWindow: short,
    shortWindowMs: SLO_BURN_WINDOW_MS[short],
    burnRateThreshold: scaledBurnRateThreshold(
      fraction,
      periodMs,
      SLO_BURN_WINDOW_MS[long],
    ),
  });
  return [
    rule('page', '1h', '5m', 0.02),
    rule('page', '6h', '30m', 0.05),
    rule('ticket', '3d', '6h', 0.1),
  ];
}

/** What one rule saw and decided. @public */
export interface SloBurnAlertEvaluation extends SloBurnAlertRule {
  longBurnRate: number | null;
  shortBurnRate: number | null;
  /** Events (bucket totals) in the long window. */
  longWindowEvents: number;
  /** Too little traffic to trust the rule: it does not fire (see `evaluateBurnAlerts`). */
  lowTraffic: boolean;
  firing: boolean;
}

/** Inputs of {@link evaluateBurnAlerts}. @public */
export interface SloBurnAlertInput {
  /** Buckets, maintenance windows already excluded. */
  buckets: readonly SliBucket[];
  nowMs: number;
  target: number;
  budgeting: SloBudgeting;
  rules: readonly SloBurnAlertRule[];
  /**
   * A rule whose long window holds fewer events than this is `lowTraffic`.
   * Default for Occurrences: 1 / ((1 − target) × threshold) — below that, a
   * single bad event alone would exceed the threshold. Timeslices budgeting
   * already weighs quiet periods like busy ones, so by default it is never
   * flagged.
   */
  minEventsInLongWindow?: number;
}

/** Burn rate and event count over `[nowMs − windowMs, nowMs)`. @public */
export function windowBurn(
  input: Omit<SloBurnAlertInput, 'rules'>,
  windowMs: number,
): { burnRate: number | null; events: SliCounts } {
  const inWindow = sliBucketsIn(input.buckets, {
    fromMs: input.nowMs - windowMs,
    toMs: input.nowMs,
  });
  return {
    burnRate: burnRate(budgetCounts(inWindow, input.budgeting), input.target),
    events: sumSliBuckets(inWindow),
  };
}

/**
 * Evaluates each rule at `nowMs`. A rule fires when long and short burn rates
 * are both strictly above its threshold and its long window is not low
 * traffic — there it sets `lowTraffic` instead of paging on a handful of events.
 * @public
 */
export function evaluateBurnAlerts(
  input: SloBurnAlertInput,
): SloBurnAlertEvaluation[] {
  return input.rules.map(rule => {
    const long = windowBurn(input, rule.longWindowMs);
    const short = windowBurn(input, rule.shortWindowMs);
    const minEvents =
      input.minEventsInLongWindow ??
      (input.budgeting.method === 'Occurrences'
        ? roundSloRatio(
            1 / (errorBudgetRatio(input.target) * rule.burnRateThreshold),
          )
        : 0);
    const lowTraffic = long.events.total < minEvents;
    const above = (b: number | null) =>
      b !== null && b > rule.burnRateThreshold;
    return {
      ...rule,
      longBurnRate: long.burnRate,
      shortBurnRate: short.burnRate,
      longWindowEvents: long.events.total,
      lowTraffic,
      firing: !lowTraffic && above(long.burnRate) && above(short.burnRate),
    };
  });
}

/** `page` if any page rule fires, else `ticket` if any rule fires, else `none`. @public */
export function sloAlertState(
  evaluations: readonly SloBurnAlertEvaluation[],
): SloAlertState {
  const firing = evaluations.filter(e => e.firing);
  if (firing.some(e => e.severity === 'page')) return 'page';
  return firing.length > 0 ? 'ticket' : 'none';
}
