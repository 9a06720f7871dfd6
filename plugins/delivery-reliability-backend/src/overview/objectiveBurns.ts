import {
  DeploymentSloBurn,
  SliBucket,
  budgetCounts,
  deploymentBudgetBurn,
  sloBudgetingOf,
  sloPeriodAt,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloObjectiveRef } from '../slo/routes/objectivesOf';

/** One hour: the span each side of a deployment is compared over. @internal */
export const HOUR_MS = 3_600_000;

/** What {@link objectiveBurns} computes from. @internal */
export interface ObjectiveBurnsInput {
  objective: SloObjectiveRef;
  /** The objective's buckets around the deployments, ordered by start, maintenance left out. */
  buckets: readonly SliBucket[];
  /** Per deployment, the start of the step containing its finish. */
  stepStartsMs: readonly number[];
  thresholdRatio: number;
}

/** Index of the first bucket starting at or after `ms` (buckets by start). */
function firstAtOrAfter(buckets: readonly SliBucket[], ms: number): number {
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (buckets[mid].startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Buckets starting in `[fromMs, toMs)`, found by binary search. */
const between = (buckets: readonly SliBucket[], fromMs: number, toMs: number) =>
  buckets.slice(firstAtOrAfter(buckets, fromMs), firstAtOrAfter(buckets, toMs));

/** The name the UI shows: the SLO's, plus the objective's when it has several. */
function nameOf({ slo, objective }: SloObjectiveRef): string {
  const base = slo.displayName ?? slo.name;
  return slo.objectives.length > 1
    ? `${base} (${objective.displayName})`
    : base;
}

/**
 * One objective's budget around each deployment: the hour before is the
 * buckets starting in `[s − 1 h, s)`, the hour after those in
 * `[s, s + 1 h)`, where `s` is the start of the step containing the
 * deployment's finish — so the step of the switch-over counts as after.
 * Counts are in budget units (events, or slices for Timeslices); the
 * period is the one containing `s` (rolling: its duration; calendar: that
 * month or quarter). The math is -common's `deploymentBudgetBurn`.
 * @internal
 */
export function objectiveBurns(
  input: ObjectiveBurnsInput,
): DeploymentSloBurn[] {
  const { objective, buckets, thresholdRatio } = input;
  const budgeting = sloBudgetingOf(objective.slo, objective.objective);
  const name = nameOf(objective);
  return input.stepStartsMs.map(s => {
    const period = sloPeriodAt(objective.slo.timeWindow, s);
    const burn = deploymentBudgetBurn({
      before: budgetCounts(between(buckets, s - HOUR_MS, s), budgeting),
      after: budgetCounts(between(buckets, s, s + HOUR_MS), budgeting),
      target: objective.objective.target,
      periodSeconds: (period.endMs - period.startMs) / 1000,
      thresholdRatio,
    });
    return { sloId: objective.id, name, ...burn };
  });
}
