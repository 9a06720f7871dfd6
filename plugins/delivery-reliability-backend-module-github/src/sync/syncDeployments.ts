import { DeploymentEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { GithubDeployment, isDeployment } from '../github/shapes';
import { MergedPull, RepositoryCursor } from '../state/types';
import { EntityTarget } from '../targets';
import { commitsBetween } from './compareShas';
import { RepositorySyncContext, idPrefix } from './context';
import { deploymentOutcome } from './finalStatus';
import { workflowName } from './workflowName';

/** A deployment without a final status after this long is given up. */
const PENDING_MAX_AGE_MS = 3 * 86_400_000;

/** Deployments cursor fields after a run. @internal */
export type DeploymentsCursor = Pick<
  RepositoryCursor,
  'lastDeploymentId' | 'pendingDeployments' | 'lastShaByEnvironment'
>;

/** Deployments created since the last run, plus compare bases seen just before the window. */
async function newDeployments(
  ctx: RepositorySyncContext,
  cursor: DeploymentsCursor,
) {
  const fresh: GithubDeployment[] = [];
  const seeds: Record<string, string> = {};
  let maxId = cursor.lastDeploymentId;
  for await (const items of ctx.client.pages<unknown>(
    '/deployments',
    {},
    { conditional: true },
  )) {
    let reachedOld = false;
    for (const item of items) {
      if (!isDeployment(item)) {
        ctx.logger.warn(
          `Skipped a malformed deployment of ${
            ctx.repositoryKey
          }: ${JSON.stringify(item).slice(0, 200)}`,
        );
        continue;
      }
      if (item.id <= cursor.lastDeploymentId) {
        // Ids only grow: the rest was processed by an earlier run.
        reachedOld = true;
        break;
      }
      maxId = Math.max(maxId, item.id);
      if (Date.parse(item.created_at) >= ctx.windowStartMs) {
        fresh.push(item);
      } else {
        // The newest deployment before the window is the base of the first compare.
        seeds[item.environment.toLowerCase()] ??= item.sha;
        reachedOld = true;
      }
    }
    if (reachedOld) break;
  }
  return { fresh, seeds, maxId };
}

async function matches(
  entity: EntityTarget,
  d: GithubDeployment,
  workflow: () => Promise<string | undefined>,
) {
  const selector = entity.selector;
  if (!selector) return true;
  if (selector.kind === 'environment')
    return selector.pattern.test(d.environment);
  return (await workflow()) === selector.name;
}

function isMarkedRollback(d: GithubDeployment): boolean {
  const payload = d.payload as { rollback?: unknown } | undefined;
  return (
    /(^|:)rollback$/i.test(d.task ?? '') ||
    (typeof payload === 'object' && payload?.rollback === true)
  );
}

/**
 * Turns deployments that reached a final status into events, oldest first so
 * each succeeded one is compared with the previous succeeded one of its
 * GitHub environment; the merge commits in between name its changes.
 * @internal
 */
export async function syncDeployments(
  ctx: RepositorySyncContext,
  cursor: DeploymentsCursor,
  pullsOfRun: Map<string, MergedPull>,
): Promise<{ deployments: DeploymentEvent[]; cursor: DeploymentsCursor }> {
  const { fresh, seeds, maxId } = await newDeployments(ctx, cursor);
  const lastSha = { ...seeds, ...cursor.lastShaByEnvironment };
  const pendingIds = new Set(cursor.pendingDeployments.map(d => d.id));
  const candidates = [
    ...cursor.pendingDeployments,
    ...fresh.filter(d => !pendingIds.has(d.id)),
  ].sort(
    (a, b) =>
      Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id,
  );
  const events: DeploymentEvent[] = [];
  const pending: GithubDeployment[] = [];
  const runNames = new Map<string, string | undefined>();
  for (const d of candidates) {
    // Only recent deployments may stay pending and be polled again; caching
    // every backfilled deployment's statuses would only cost memory.
    const recent = ctx.nowMs - Date.parse(d.created_at) < PENDING_MAX_AGE_MS;
    const statuses: unknown[] = [];
    for await (const items of ctx.client.pages<unknown>(
      `/deployments/${d.id}/statuses`,
      {},
      { conditional: recent },
    )) {
      statuses.push(...items);
    }
    const outcome = deploymentOutcome(statuses);
    if (!outcome.final) {
      if (recent) {
        const { payload: _payload, ...kept } = d;
        pending.push(kept);
      }
      continue;
    }
    const env = d.environment.toLowerCase();
    const entities: EntityTarget[] = [];
    for (const entity of ctx.target.entities) {
      if (
        await matches(entity, d, () => workflowName(ctx, outcome.at, runNames))
      )
        entities.push(entity);
    }
    let linked: MergedPull[] = [];
    if (outcome.status === 'succeeded') {
      const base = lastSha[env];
      if (base && base !== d.sha && entities.length > 0) {
        const shas = await commitsBetween(ctx, base, d.sha);
        const stored = await ctx.store.pullsByMergeSha(ctx.repositoryKey, shas);
        const ofRun = shas.flatMap(s =>
          pullsOfRun.has(s) ? [pullsOfRun.get(s)!] : [],
        );
        linked = [
          ...new Map([...stored, ...ofRun].map(p => [p.number, p])).values(),
        ].sort((a, b) => a.number - b.number);
      }
      lastSha[env] = d.sha;
    }
    for (const entity of entities) {
      events.push({
        type: 'deployment',
        id: `${idPrefix(ctx)}:deployment:${d.id}${entity.idSuffix}`,
        entityRef: entity.entityRef,
        environment: ctx.environmentByGithubName.get(env) ?? env,
        status: outcome.status,
        startedAt: d.created_at,
        finishedAt: outcome.at.created_at,
        version: d.sha,
        changeIds: linked.flatMap(
          p => p.changeIdsByEntity[entity.entityRef] ?? [],
        ),
        rollback: isMarkedRollback(d),
      });
    }
  }
  return {
    deployments: events,
    cursor: {
      lastDeploymentId: maxId,
      pendingDeployments: pending,
      lastShaByEnvironment: lastSha,
    },
  };
}
