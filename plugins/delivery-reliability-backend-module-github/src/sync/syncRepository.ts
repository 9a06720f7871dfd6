import { DeliveryEventSink } from '@delivery-reliability/plugin-delivery-reliability-node';
import { RepositoryCursor } from '../state/types';
import { RepositorySyncContext } from './context';
import { syncDeployments } from './syncDeployments';
import { syncPulls } from './syncPulls';

/** Largest batch handed to the sink (its all-or-nothing unit). @internal */
export const MAX_BATCH_SIZE = 1000;

/** What one repository sync did, for progress logs. @internal */
export interface RepositorySyncSummary {
  backfill: boolean;
  changes: number;
  deployments: number;
  pendingDeployments: number;
}

/**
 * Syncs one repository: pull requests first (so a deployment finds the
 * pulls merged just before it), then deployments; ingests the events in
 * batches of at most 1,000, changes before the deployments naming them;
 * and only then saves the cursor, so a failure repeats work but loses none.
 * @internal
 */
export async function syncRepository(
  ctx: RepositorySyncContext,
  sink: DeliveryEventSink,
): Promise<RepositorySyncSummary> {
  const stored = await ctx.store.getCursor(ctx.repositoryKey);
  const cursor: RepositoryCursor = stored ?? {
    backfillFromMs: ctx.windowStartMs,
    pullsSeenUntilMs: ctx.windowStartMs,
    lastDeploymentId: 0,
    pendingDeployments: [],
    lastShaByEnvironment: {},
  };
  const pulls = await syncPulls(
    ctx,
    Math.max(cursor.pullsSeenUntilMs, ctx.windowStartMs),
  );
  const pullsOfRun = new Map(pulls.newPulls.map(p => [p.mergeSha, p]));
  const deployments = await syncDeployments(ctx, cursor, pullsOfRun);

  const events = [...pulls.changes, ...deployments.deployments];
  for (let i = 0; i < events.length; i += MAX_BATCH_SIZE) {
    await sink.ingest(events.slice(i, i + MAX_BATCH_SIZE));
  }
  await ctx.store.save(
    ctx.repositoryKey,
    {
      ...cursor,
      ...deployments.cursor,
      pullsSeenUntilMs: pulls.pullsSeenUntilMs,
    },
    pulls.newPulls,
    ctx.windowStartMs,
  );
  return {
    backfill: !stored,
    changes: pulls.changes.length,
    deployments: deployments.deployments.length,
    pendingDeployments: deployments.cursor.pendingDeployments.length,
  };
}
