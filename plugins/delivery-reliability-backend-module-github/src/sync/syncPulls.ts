import { ChangeEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { GithubPull, commitTime, isFile, isPull } from '../github/shapes';
import { MergedPull } from '../state/types';
import { RepositorySyncContext, idPrefix } from './context';

/** Result of reading a repository's pull requests. @internal */
export interface PullsResult {
  changes: ChangeEvent[];
  newPulls: MergedPull[];
  /** Newest `updated_at` seen: the next run reads back to here. */
  pullsSeenUntilMs: number;
}

/** Merged pulls updated since the watermark, newest first, skipping malformed items. */
async function mergedPullsSince(ctx: RepositorySyncContext, sinceMs: number) {
  const found: GithubPull[] = [];
  let newestMs = sinceMs;
  const query = { state: 'closed', sort: 'updated', direction: 'desc' };
  let reachedOld = false;
  for await (const items of ctx.client.pages<unknown>('/pulls', query, {
    conditional: true,
  })) {
    for (const item of items) {
      if (!isPull(item)) {
        ctx.logger.warn(
          `Skipped a malformed pull request of ${
            ctx.repositoryKey
          }: ${JSON.stringify(item).slice(0, 200)}`,
        );
        continue;
      }
      const updatedMs = Date.parse(item.updated_at);
      if (updatedMs < sinceMs) {
        reachedOld = true;
        break;
      }
      newestMs = Math.max(newestMs, updatedMs);
      if (
        item.merged_at &&
        item.merge_commit_sha &&
        Date.parse(item.merged_at) >= ctx.windowStartMs
      ) {
        found.push(item);
      }
    }
    // Older pages were read by an earlier run.
    if (reachedOld) break;
  }
  return { found, newestMs };
}

/** Earliest author date of the pull's commits; its opening time if none is readable. */
async function firstCommitAt(ctx: RepositorySyncContext, pull: GithubPull) {
  let earliest: string | undefined;
  for await (const commits of ctx.client.pages<unknown>(
    `/pulls/${pull.number}/commits`,
  )) {
    for (const commit of commits) {
      const time = commitTime(commit);
      if (time && (!earliest || Date.parse(time) < Date.parse(earliest)))
        earliest = time;
    }
  }
  return earliest ?? pull.created_at;
}

async function touchedPaths(ctx: RepositorySyncContext, pull: GithubPull) {
  const paths: string[] = [];
  for await (const files of ctx.client.pages<unknown>(
    `/pulls/${pull.number}/files`,
  )) {
    for (const file of files.filter(isFile)) {
      paths.push(
        file.filename,
        ...(file.previous_filename ? [file.previous_filename] : []),
      );
    }
  }
  return paths;
}

/**
 * Reads pull requests merged since the last run: one list page per 100
 * updated pulls, then per new merged pull its commits (first-commit time)
 * and, only when an entity of the repository has path prefixes, its files.
 * @internal
 */
export async function syncPulls(
  ctx: RepositorySyncContext,
  sinceMs: number,
): Promise<PullsResult> {
  const { found, newestMs } = await mergedPullsSince(ctx, sinceMs);
  const known = await ctx.store.knownPullNumbers(
    ctx.repositoryKey,
    found.map(p => p.number),
  );
  const needsFiles = ctx.target.entities.some(e => e.pathPrefixes);
  const result: PullsResult = {
    changes: [],
    newPulls: [],
    pullsSeenUntilMs: newestMs,
  };
  const seen = new Set<number>();
  for (const pull of found) {
    if (known.has(pull.number) || seen.has(pull.number)) continue;
    seen.add(pull.number);
    const first = await firstCommitAt(ctx, pull);
    const paths = needsFiles ? await touchedPaths(ctx, pull) : [];
    const changeIdsByEntity: Record<string, string> = {};
    for (const entity of ctx.target.entities) {
      const prefixes = entity.pathPrefixes;
      if (
        prefixes &&
        !paths.some(p => prefixes.some(prefix => p.startsWith(prefix)))
      )
        continue;
      const id = `${idPrefix(ctx)}:pr:${pull.number}${entity.idSuffix}`;
      changeIdsByEntity[entity.entityRef] = id;
      result.changes.push({
        type: 'change',
        id,
        entityRef: entity.entityRef,
        firstCommitAt: first,
        prOpenedAt: pull.created_at,
        mergedAt: pull.merged_at!,
      });
    }
    result.newPulls.push({
      number: pull.number,
      mergeSha: pull.merge_commit_sha!,
      mergedAtMs: Date.parse(pull.merged_at!),
      changeIdsByEntity,
    });
  }
  return result;
}
