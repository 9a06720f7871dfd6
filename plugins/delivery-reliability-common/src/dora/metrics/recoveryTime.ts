import {
  DeploymentFailure,
  classifyFailedDeployments,
} from './failedDeployments';
import { compareIds } from './production';
import { nearestRankQuantile, sortAscending } from './quantile';
import { RecoveryTimeResult } from './results';
import { DoraInput, DoraOptions, DoraWindow } from './types';
import { assertValidWindow, isInWindow } from './window';

/** One failed deployment's recovery, for drill-downs and per-day sketches. @public */
export interface RecoverySample {
  deploymentId: string;
  /** When the failed deployment finished, in epoch milliseconds. */
  deployedAtMs: number;
  /** What the recovery was measured from. */
  measuredBy: 'incidents' | 'rollback';
  /** `null` while an attributed incident is unresolved (the sample is skipped). */
  recoverySeconds: number | null;
}

/**
 * Recovery of one failed deployment (DESIGN.md "Failed deployment recovery
 * time"): with attributed incidents, from the earliest of their starts to
 * the latest of their resolutions, `null` while any is unresolved; without,
 * from the deployment's finish to the finish of the earliest rollback that
 * reverts it. Never negative: inconsistent times count as 0 s.
 * @public
 */
export function recoveryOf(failure: DeploymentFailure): RecoverySample {
  const { deployment, incidents, rollbacks } = failure;
  const base = {
    deploymentId: deployment.id,
    deployedAtMs: deployment.finishedAtMs,
  };
  if (incidents.length > 0) {
    if (incidents.some(i => i.resolvedAtMs === undefined)) {
      return { ...base, measuredBy: 'incidents', recoverySeconds: null };
    }
    const startMs = Math.min(...incidents.map(i => i.startedAtMs));
    const endMs = Math.max(...incidents.map(i => i.resolvedAtMs!));
    return {
      ...base,
      measuredBy: 'incidents',
      recoverySeconds: Math.max(0, endMs - startMs) / 1000,
    };
  }
  // A failure without incidents exists only because a rollback reverted it.
  const endMs = rollbacks[0].finishedAtMs;
  return {
    ...base,
    measuredBy: 'rollback',
    recoverySeconds: Math.max(0, endMs - deployment.finishedAtMs) / 1000,
  };
}

/**
 * One {@link RecoverySample} per failed production deployment that finished
 * in `[from, to)` (see {@link classifyFailedDeployments}), ordered by finish;
 * the recovery itself may end after the window.
 * @public
 */
export function recoveryTimeSamples(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  window: DoraWindow,
  options: DoraOptions = {},
): RecoverySample[] {
  assertValidWindow(window);
  return recoverySamplesOf(classifyFailedDeployments(input, options), window);
}

/** Samples from already classified deployments, so callers can share the classification. */
export function recoverySamplesOf(
  failures: ReadonlyMap<string, DeploymentFailure>,
  window: DoraWindow,
): RecoverySample[] {
  return [...failures.values()]
    .filter(f => isInWindow(f.deployment.finishedAtMs, window))
    .map(recoveryOf)
    .sort(
      (a, b) =>
        a.deployedAtMs - b.deployedAtMs ||
        compareIds(a.deploymentId, b.deploymentId),
    );
}

/**
 * Failed deployment recovery time (DESIGN.md): nearest-rank p50 in seconds
 * of {@link recoveryTimeSamples}, skipping deployments whose attributed
 * incidents are not all resolved yet. `failed` counts the failed deployments
 * in the window, `unresolved` the skipped ones, `n` the measured ones;
 * `p50Seconds` is `null` when `n = 0`.
 * @public
 */
export function failedDeploymentRecoveryTime(
  input: Pick<DoraInput, 'deployments' | 'incidents'>,
  window: DoraWindow,
  options: DoraOptions = {},
): RecoveryTimeResult {
  return summarizeRecovery(recoveryTimeSamples(input, window, options));
}

/** Counts and nearest-rank p50 of recovery samples (open incidents skipped). */
export function summarizeRecovery(
  samples: readonly RecoverySample[],
): RecoveryTimeResult {
  const measured = sortAscending(
    samples.flatMap(s =>
      s.recoverySeconds === null ? [] : [s.recoverySeconds],
    ),
  );
  return {
    failed: samples.length,
    unresolved: samples.length - measured.length,
    n: measured.length,
    p50Seconds: nearestRankQuantile(measured, 0.5),
  };
}
