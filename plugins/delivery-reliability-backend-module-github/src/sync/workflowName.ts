import { GithubDeploymentStatus } from '../github/shapes';
import { RepositorySyncContext } from './context';

const RUN_URL = /\/actions\/runs\/(\d+)/;

/**
 * Name of the Actions workflow that made a deployment, from the run its
 * status links to (`GET /actions/runs/{id}`); undefined for deployments
 * made outside Actions. Names are cached per run id for the sync.
 * @internal
 */
export async function workflowName(
  ctx: RepositorySyncContext,
  status: GithubDeploymentStatus,
  cache: Map<string, string | undefined>,
): Promise<string | undefined> {
  const runId = RUN_URL.exec(status.log_url ?? status.target_url ?? '')?.[1];
  if (!runId) return undefined;
  if (!cache.has(runId)) {
    const run = await ctx.client.page<{ name?: unknown }>(
      ctx.client.url(`/actions/runs/${runId}`),
    );
    cache.set(
      runId,
      typeof run.data?.name === 'string' ? run.data.name : undefined,
    );
  }
  return cache.get(runId);
}
