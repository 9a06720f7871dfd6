import { DeploymentStatus } from '../../events';

/**
 * Compact, normalized records the DORA engine computes on. Times are integer
 * epoch milliseconds so the math never re-parses RFC 3339 strings; the
 * converters in `convert.ts` build them from the native events.
 */

/** A deployment as the DORA engine sees it. @public */
export interface DoraDeployment {
  id: string;
  /** Full entity ref; compared case-insensitively, like incident attribution does. */
  entityRef: string;
  environment: string;
  status: DeploymentStatus;
  /** When the deployment finished, in epoch milliseconds. */
  finishedAtMs: number;
  /** True when this deployment rolls back an earlier one. */
  rollback: boolean;
  /** Id of the deployment this rollback reverts; absent means "the latest earlier one". */
  rollsBack?: string;
  /** An unplanned deployment made to fix production. */
  hotfix: boolean;
  /** Ids of the changes this deployment shipped. */
  changeIds: readonly string[];
}

/** A change (merged pull request or commit) as the DORA engine sees it. @public */
export interface DoraChange {
  id: string;
  entityRef: string;
  firstCommitAtMs: number;
  prOpenedAtMs?: number;
  mergedAtMs?: number;
}

/** An incident as the DORA engine sees it. @public */
export interface DoraIncident {
  id: string;
  entityRef: string;
  /** Absent means `production` (DESIGN.md "Incident attribution"). */
  environment?: string;
  startedAtMs: number;
  /** Absent while the incident is unresolved. */
  resolvedAtMs?: number;
  /** The deployment the incident names as its cause. */
  deploymentId?: string;
  /** The deployment that fixed it (counts as unplanned rework). */
  fixedByDeploymentId?: string;
}

/**
 * Everything the metrics look at. Pass the whole known history of the
 * entities, not only the window: a change's first production deployment, a
 * later rollback or a later incident can lie outside the window and still
 * decide a metric inside it.
 * @public
 */
export interface DoraInput {
  deployments: readonly DoraDeployment[];
  changes: readonly DoraChange[];
  incidents: readonly DoraIncident[];
}

/** A half-open time window `[fromMs, toMs)` in epoch milliseconds. @public */
export interface DoraWindow {
  fromMs: number;
  toMs: number;
}

/** Where a change's lead time starts. @public */
export type LeadTimeStart = 'firstCommit' | 'prOpened' | 'merged';

/** Options shared by the DORA metric functions. @public */
export interface DoraOptions {
  /** Environments whose succeeded deployments are production deployments. Default `['production']`. */
  productionEnvironments?: readonly string[];
  /**
   * Where lead time starts. Default `firstCommit`; when the chosen time is
   * absent on a change, its first-commit time is used instead.
   */
  leadTimeStart?: LeadTimeStart;
}
