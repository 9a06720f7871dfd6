/**
 * Result shapes of the DORA metric functions. Each carries the counts behind
 * its value so the API and UI can always show n; a value is `null` (never
 * NaN) when there is nothing to measure.
 */

/** Deployment frequency over a window. @public */
export interface DeploymentFrequencyResult {
  /** Production deployments finished in the window. */
  deployments: number;
  /** Window length in days (may be fractional). */
  days: number;
  /** `deployments / days`; `null` only for an empty (zero-length) window. */
  perDay: number | null;
}

/** Lead time for changes over a window. @public */
export interface LeadTimeResult {
  /** Changes whose first production deployment finished in the window. */
  n: number;
  /** Nearest-rank median lead time in seconds; `null` when `n = 0`. */
  p50Seconds: number | null;
  /** Nearest-rank 90th percentile lead time in seconds; `null` when `n = 0`. */
  p90Seconds: number | null;
}

/** Change failure rate over a window. @public */
export interface ChangeFailureRateResult {
  /** Production deployments finished in the window. */
  deployments: number;
  /** Those of them classified as failed. */
  failed: number;
  /** `failed / deployments`; `null` when `deployments = 0`. */
  ratio: number | null;
}

/** Failed deployment recovery time over a window. @public */
export interface RecoveryTimeResult {
  /** Failed production deployments finished in the window. */
  failed: number;
  /** Those skipped because an attributed incident is still unresolved. */
  unresolved: number;
  /** Recovery times measured (`failed − unresolved`). */
  n: number;
  /** Nearest-rank median recovery time in seconds; `null` when `n = 0`. */
  p50Seconds: number | null;
}

/** Deployment rework rate (DORA 2024) over a window. @public */
export interface ReworkRateResult {
  /** Production deployments finished in the window. */
  deployments: number;
  /** Those of them that were unplanned (rollback, hotfix or an incident's fix). */
  unplanned: number;
  /** `unplanned / deployments`; `null` when `deployments = 0`. */
  ratio: number | null;
}

/** All five DORA metrics over one window. @public */
export interface DoraMetrics {
  deploymentFrequency: DeploymentFrequencyResult;
  leadTimeForChanges: LeadTimeResult;
  changeFailureRate: ChangeFailureRateResult;
  failedDeploymentRecoveryTime: RecoveryTimeResult;
  deploymentReworkRate: ReworkRateResult;
}
