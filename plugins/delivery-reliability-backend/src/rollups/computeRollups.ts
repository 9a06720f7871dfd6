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

/**
 * One row of `dora_rollup_days`: the running totals of a scope through the
 * end of the day starting at `startMs` (UTC midnight, epoch ms).
 * @internal
 */
export interface RollupRow extends RollupCounts {
  entityRef: string;
  environment: string;
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

/** What happened on one day of a scope: its counts and its samples (seconds). @internal */
export interface DayFacts extends RollupCounts {
  startMs: number;
  leadTimes: number[];
  recoveries: number[];
}

/**
 * What happened on each day of one scope from `scope.fromMs` on, with every value taken
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
export function computeDayFacts(
  scope: RollupScope,
  input: DoraInput,
  options: { leadTimeStart: LeadTimeStart },
): DayFacts[] {
  const doraOptions = {
    productionEnvironments: [scope.environment],
    leadTimeStart: options.leadTimeStart,
  };
  const own = (d: {
    entityRef: string;
    environment: string;
    finishedAtMs: number;
  }) =>
    d.entityRef === scope.entityRef &&
    d.environment === scope.environment &&
    d.finishedAtMs >= scope.fromMs;

  const days = new Map<number, DayFacts>();
  const factsOf = (finishedAtMs: number) => {
    const day = dayStart(finishedAtMs);
    let facts = days.get(day);
    if (!facts) {
      facts = { ...emptyCounts(), startMs: day, leadTimes: [], recoveries: [] };
      days.set(day, facts);
    }
    return facts;
  };

  const failures = classifyFailedDeployments(input, doraOptions);
  const unplanned = unplannedDeploymentIds(input, doraOptions);
  const ownIds = new Set<string>();
  for (const deployment of productionDeploymentsOf(
    input.deployments,
    doraOptions,
  )) {
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

  return [...days.values()].sort((a, b) => a.startMs - b.startMs);
}

/**
 * The running-total rows of one scope: `base` (the stored totals of the
 * last day before `facts`, if any) plus each day's facts in order. Counts
 * are summed and samples merged (bucketed by a common QuantileSketch once
 * there are many), never averaged.
 * @internal
 */
export function runningTotals(
  scope: { entityRef: string; environment: string },
  base: RollupRow | undefined,
  facts: readonly DayFacts[],
): RollupRow[] {
  const counts = emptyCounts();
  if (base) addCounts(counts, base);
  const lead = new SampleAccumulator().addEncoded(base?.leadTimeSketch);
  const recovery = new SampleAccumulator().addEncoded(base?.recoverySketch);
  return facts.map(day => {
    addCounts(counts, day);
    lead.addSamples(day.leadTimes);
    recovery.addSamples(day.recoveries);
    return {
      entityRef: scope.entityRef,
      environment: scope.environment,
      startMs: day.startMs,
      ...counts,
      leadTimeSketch: lead.encode(),
      recoverySketch: recovery.encode(),
    };
  });
}
