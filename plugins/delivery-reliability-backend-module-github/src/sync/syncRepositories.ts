import { LoggerService } from '@backstage/backend-plugin-api';
import { DeliveryEventSink } from '@delivery-reliability/plugin-delivery-reliability-node';
import { forEachLimited } from '../forEachLimited';
import { GithubApi } from '../github/GithubApi';
import { RepositoryClient } from '../github/RepositoryClient';
import { SyncStateStore } from '../state/types';
import { RepositoryTarget } from '../targets';
import { syncRepository } from './syncRepository';

const DAY_MS = 86_400_000;

/** Inputs of one sync of all repositories. @internal */
export interface SyncRepositoriesOptions {
  targets: RepositoryTarget[];
  api: GithubApi;
  host: string;
  apiBaseUrl: string;
  /** Request headers (credentials) for a repository URL. */
  headersFor(repositoryUrl: string): Promise<Record<string, string>>;
  store: SyncStateStore;
  sink: DeliveryEventSink;
  logger: LoggerService;
  backfillDays: number;
  environmentByGithubName: Map<string, string>;
  maxConcurrentRepositories: number;
  nowMs: number;
  /**
   * The scheduler's abort signal (task timeout, shutdown): repositories not
   * started yet wait for the next run; finished ones keep their cursor.
   */
  signal?: AbortSignal;
}

/**
 * Syncs every repository, a few at a time; a repository that fails is
 * logged and retried on the next run while the others go on.
 * @internal
 */
export async function syncRepositories(
  options: SyncRepositoriesOptions,
): Promise<{ failed: number }> {
  const { targets, api, logger, nowMs } = options;
  let done = 0;
  const failures = await forEachLimited(
    targets,
    options.maxConcurrentRepositories,
    async target => {
      const repositoryUrl = `https://${options.host}/${target.owner}/${target.repo}`;
      const client = new RepositoryClient(
        api,
        options.apiBaseUrl,
        target.owner,
        target.repo,
        () => options.headersFor(repositoryUrl),
      );
      const before = api.stats.requests;
      const summary = await syncRepository(
        {
          client,
          target,
          repositoryKey:
            `${options.host}/${target.owner}/${target.repo}`.toLocaleLowerCase(
              'en-US',
            ),
          store: options.store,
          logger,
          nowMs,
          windowStartMs: nowMs - options.backfillDays * DAY_MS,
          environmentByGithubName: options.environmentByGithubName,
        },
        options.sink,
      );
      done++;
      logger.info(
        `GitHub ${summary.backfill ? 'backfill' : 'sync'} of ${target.owner}/${
          target.repo
        } (${done}/${targets.length}): ` +
          `${summary.changes} changes, ${summary.deployments} deployments, ${summary.pendingDeployments} pending, ` +
          `${api.stats.requests - before} requests`,
      );
    },
    options.signal,
  );
  if (options.signal?.aborted && done < targets.length) {
    logger.warn(
      `GitHub sync stopped after ${done} of ${targets.length} repositories (task timeout or shutdown); the next run goes on`,
    );
  }
  for (const { item, error } of failures) {
    logger.error(
      `GitHub sync of ${item.owner}/${item.repo} failed; retrying next run: ${error}`,
    );
  }
  return { failed: failures.length };
}
