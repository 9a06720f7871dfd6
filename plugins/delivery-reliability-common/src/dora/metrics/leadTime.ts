import { productionDeploymentsOf } from './production';
import { nearestRankQuantile, sortAscending } from './quantile';
import { LeadTimeResult } from './results';
import {
  DoraChange,
  DoraInput,
  DoraOptions,
  DoraWindow,
  LeadTimeStart,
} from './types';
import { assertValidWindow, isInWindow } from './window';

/** One change's lead time, for drill-downs and per-day sketches. @public */
export interface LeadTimeSample {
  changeId: string;
  /** The change's first production deployment. */
  deploymentId: string;
  /** When that deployment finished, in epoch milliseconds. */
  deployedAtMs: number;
  leadTimeSeconds: number;
}

/**
 * Where a change's lead time starts: the time chosen by `leadTimeStart`
 * (default `firstCommit`), falling back to the first-commit time when the
 * change has no such time.
 * @public
 */
export function leadTimeStartMs(
  change: DoraChange,
  leadTimeStart: LeadTimeStart = 'firstCommit',
): number {
  if (leadTimeStart === 'prOpened' && change.prOpenedAtMs !== undefined) {
    return change.prOpenedAtMs;
  }
  if (leadTimeStart === 'merged' && change.mergedAtMs !== undefined) {
    return change.mergedAtMs;
  }
  return change.firstCommitAtMs;
}

/**
 * Lead time samples (DESIGN.md "Lead time for changes"): for each change
 * whose *first* production deployment — the earliest finish among all
 * production deployments that list it, over the whole input, not only the
 * window — finished in `[from, to)`: that finish − the change's start (see
 * {@link leadTimeStartMs}), in seconds.
 *
 * A change listed by several deployments is counted once, at its first.
 * Deployments listing a change id that `changes` lacks are skipped (no start
 * time). A change deployed before its start time (e.g. deployed from a branch,
 * merged afterwards, with `leadTimeStart: 'merged'`) counts as 0 s, never
 * negative. Samples are ordered by deployment finish, then change id.
 * @public
 */
export function leadTimeSamples(
  input: Pick<DoraInput, 'deployments' | 'changes'>,
  window: DoraWindow,
  options: DoraOptions = {},
): LeadTimeSample[] {
  assertValidWindow(window);
  const changes = new Map(input.changes.map(c => [c.id, c]));
  const seen = new Set<string>();
  const samples: LeadTimeSample[] = [];
  // Ascending by finish, so the first deployment listing a change is its first.
  for (const deployment of productionDeploymentsOf(
    input.deployments,
    options,
  )) {
    const inWindow = isInWindow(deployment.finishedAtMs, window);
    for (const changeId of [...deployment.changeIds].sort()) {
      if (seen.has(changeId)) continue;
      seen.add(changeId);
      const change = changes.get(changeId);
      if (!change || !inWindow) continue;
      const startMs = leadTimeStartMs(change, options.leadTimeStart);
      samples.push({
        changeId,
        deploymentId: deployment.id,
        deployedAtMs: deployment.finishedAtMs,
        leadTimeSeconds: Math.max(0, deployment.finishedAtMs - startMs) / 1000,
      });
    }
  }
  return samples;
}

/**
 * Lead time for changes (DESIGN.md): p50 and p90 (nearest rank) of
 * {@link leadTimeSamples} in seconds, with `n` the number of changes
 * measured; both `null` when `n = 0`.
 * @public
 */
export function leadTimeForChanges(
  input: Pick<DoraInput, 'deployments' | 'changes'>,
  window: DoraWindow,
  options: DoraOptions = {},
): LeadTimeResult {
  const sorted = sortAscending(
    leadTimeSamples(input, window, options).map(s => s.leadTimeSeconds),
  );
  return {
    n: sorted.length,
    p50Seconds: nearestRankQuantile(sorted, 0.5),
    p90Seconds: nearestRankQuantile(sorted, 0.9),
  };
}
