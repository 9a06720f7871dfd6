import {
  DoraInput,
  LeadTimeStart,
  classifyFailedDeployments,
  leadTimeSamples,
  productionDeploymentsOf,
  recoveryOf,
  unplannedDeploymentIds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SampleAccumulator } from './SampleAccumulator';
import { encodeSamples } from './sketchCodec';
import { RollupScope } from './sql';
import { dayStart } from './utcCalendar';

/** The counts one rollup row holds. @internal */
export interface RollupCounts {
  deployments: number;
  failed: number;
  unplanned: number;
  leadTimeN: number;
  recoveryFailed: number;
  recoveryUnresolved: number;
  recoveryN: number;
}

/** One row of `dora_rollup_days` or `dora_rollup_months`. @internal */
export interface RollupRow extends RollupCounts {
  entityRef: string;
  environment: string;
  /** UTC midnight starting the day or month, epoch ms. */
  startMs: number;
  leadTimeSketch: string | null;
  recoverySketch: string | null;
}

/** Counts all zero. @internal */
export function emptyCounts(): RollupCounts {
  return {
    deployments: 0,
    failed: 0,
    unplanned: 0,
    leadTimeN: 0,
    recoveryFailed: 0,
    recoveryUnresolved: 0,
    recoveryN: 0,
  };
}

/** Adds `from` into `into`. @internal */
export function addCounts(into: RollupCounts, from: RollupCounts): void {
  into.deployments += from.deployments;
  into.failed += from.failed;
  into.unplanned += from.unplanned;
  into.leadTimeN += from.leadTimeN;
  into.recoveryFailed += from.recoveryFailed;
  into.recoveryUnresolved += from.recoveryUnresolved;
  into.recoveryN += from.recoveryN;
}

interface DayFacts extends RollupCounts {
  leadTimes: number[];
  recoveries: number[];
}

/**
 * The day rows of one scope from `scope.fromMs` on, with every value taken
 * from common's metric functions run over the scope's events with the
 * scope's environment as the only production environment: production
 * deployments (`productionDeploymentsOf`), failures
 * (`classifyFailedDeployments`), rework (`unplannedDeploymentIds`), lead
 * time (`leadTimeSamples`) and recovery (`recoveryOf`). Each is bucketed by
 * the UTC day its deployment finished, as the window functions do. Events of
 * other entities in `input` (rollbacks naming a scope deployment) only
 * decide failures; they are not counted.
 * @internal
 */
export function computeDayRollups(
  scope: RollupScope,
  input: DoraInput,
  options: { leadTimeStart: LeadTimeStart },
): RollupRow[] {
  const doraOptions = {
    productionEnvironments: [scope.environment],
    leadTimeStart: options.leadTimeStart,
  };
  const own = (d: { entityRef: string; environment: string; finishedAtMs: number }) =>
    d.entityRef === scope.entityRef &&
    d.environment === scope.environment &&
    d.finishedAtMs >= scope.fromMs;

  const days = new Map<number, DayFacts>();
  const factsOf = (finishedAtMs: number) => {
    const day = dayStart(finishedAtMs);
    let facts = days.get(day);
    if (!facts) {
      facts = { ...emptyCounts(), leadTimes: [], recoveries: [] };
      days.set(day, facts);
    }
    return facts;
  };

  const failures = classifyFailedDeployments(input, doraOptions);
  const unplanned = unplannedDeploymentIds(input, doraOptions);
  const ownIds = new Set<string>();
  for (const deployment of productionDeploymentsOf(input.deployments, doraOptions)) {
    if (!own(deployment)) continue;
    ownIds.add(deployment.id);
    const facts = factsOf(deployment.finishedAtMs);
    facts.deployments += 1;
    if (failures.has(deployment.id)) facts.failed += 1;
    if (unplanned.has(deployment.id)) facts.unplanned += 1;
  }

  const window = { fromMs: scope.fromMs, toMs: Number.MAX_SAFE_INTEGER };
  for (const sample of leadTimeSamples(input, window, doraOptions)) {
    if (!ownIds.has(sample.deploymentId)) continue;
    const facts = factsOf(sample.deployedAtMs);
    facts.leadTimeN += 1;
    facts.leadTimes.push(sample.leadTimeSeconds);
  }

  for (const failure of failures.values()) {
    if (!ownIds.has(failure.deployment.id)) continue;
    const sample = recoveryOf(failure);
    const facts = factsOf(sample.deployedAtMs);
    facts.recoveryFailed += 1;
    if (sample.recoverySeconds === null) {
      facts.recoveryUnresolved += 1;
    } else {
      facts.recoveryN += 1;
      facts.recoveries.push(sample.recoverySeconds);
    }
  }

  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([startMs, { leadTimes, recoveries, ...counts }]) => ({
      entityRef: scope.entityRef,
      environment: scope.environment,
      startMs,
      ...counts,
      leadTimeSketch: encodeSamples(leadTimes),
      recoverySketch: encodeSamples(recoveries),
    }));
}

/**
 * Week or month rows as the sums of their day rows: counts added, samples
 * merged (never averaged). `dayRows` must hold every day of each period it
 * touches; `periodStart` maps a day to the start of its period.
 * @internal
 */
export function mergeIntoPeriods(
  dayRows: readonly RollupRow[],
  periodStart: (dayMs: number) => number,
): RollupRow[] {
  const months = new Map<
    string,
    { row: RollupRow; lead: SampleAccumulator; recovery: SampleAccumulator }
  >();
  for (const day of dayRows) {
    const startMs = periodStart(day.startMs);
    const key = `${day.entityRef}\n${day.environment}\n${startMs}`;
    let month = months.get(key);
    if (!month) {
      month = {
        row: {
          entityRef: day.entityRef,
          environment: day.environment,
          startMs,
          ...emptyCounts(),
          leadTimeSketch: null,
          recoverySketch: null,
        },
        lead: new SampleAccumulator(),
        recovery: new SampleAccumulator(),
      };
      months.set(key, month);
    }
    addCounts(month.row, day);
    month.lead.addEncoded(day.leadTimeSketch);
    month.recovery.addEncoded(day.recoverySketch);
  }
  return [...months.values()].map(({ row, lead, recovery }) => ({
    ...row,
    leadTimeSketch: lead.encode(),
    recoverySketch: recovery.encode(),
  }));
}
