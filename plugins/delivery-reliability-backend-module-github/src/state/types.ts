import { GithubDeployment } from '../github/shapes';

/** Where the sync of one repository stopped. @internal */
export interface RepositoryCursor {
  /** Start of the window backfilled on first sight, epoch ms. */
  backfillFromMs: number;
  /** Pull requests updated before this were all seen (newest `updated_at` seen). */
  pullsSeenUntilMs: number;
  /** Highest deployment id whose page was processed (ids only grow). */
  lastDeploymentId: number;
  /** Deployments without a final status yet, re-checked every run. */
  pendingDeployments: GithubDeployment[];
  /** Per GitHub environment, the sha of the latest succeeded deployment: the next compare's base. */
  lastShaByEnvironment: Record<string, string>;
}

/** A merged pull request and the change ids it produced, by entity ref. @internal */
export interface MergedPull {
  number: number;
  mergeSha: string;
  mergedAtMs: number;
  changeIdsByEntity: Record<string, string>;
}

/**
 * Persists sync progress. `save` stores the cursor and new pulls together,
 * after their events were ingested, so a crash in between only repeats work.
 * @internal
 */
export interface SyncStateStore {
  getCursor(repository: string): Promise<RepositoryCursor | undefined>;
  /** Which of `numbers` are already stored (their commits were fetched). */
  knownPullNumbers(repository: string, numbers: number[]): Promise<Set<number>>;
  pullsByMergeSha(repository: string, shas: string[]): Promise<MergedPull[]>;
  save(
    repository: string,
    cursor: RepositoryCursor,
    newPulls: MergedPull[],
    /** Stored pulls merged before this are dropped. */
    pruneBeforeMs: number,
  ): Promise<void>;
}
