import { SloAlertState } from '../math/burnAlerts';

/**
 * Where an SLO stands against its error-budget policy. `no-data` is its own
 * status: an SLO that measured nothing is unknown, not healthy.
 * @public
 */
export type SloBudgetStatus = 'ok' | 'at-risk' | 'frozen' | 'no-data';

/** Change kinds a release gate is asked about. @public */
export type ReleaseChangeType = 'feature' | 'hotfix' | 'security';

/** An error-budget policy; every field has a default. @public */
export interface SloErrorBudgetPolicy {
  /** At risk below this share of budget left; default 0.25 (DESIGN.md). */
  atRiskBelowRatio?: number;
  /** Change types that may pass a freeze; default hotfix and security. */
  freezeExemptChangeTypes?: readonly ReleaseChangeType[];
  /** Deny when an SLO has no data; default false (allow, with the reason recorded). */
  denyOnNoData?: boolean;
}

/** Default at-risk threshold: a quarter of the budget left. @public */
export const DEFAULT_AT_RISK_BELOW_RATIO = 0.25;

/** What the status of one SLO is decided from. @public */
export interface SloStatusInput {
  budgetRemainingRatio: number | null;
  alertState: SloAlertState;
}

/**
 * The status of one SLO: `no-data` without a budget figure; `frozen` when
 * ≤ 0 of the budget is left; `at-risk` below `atRiskBelowRatio` (strictly) or
 * while a page alert fires; else `ok`.
 * @public
 */
export function sloBudgetStatus(
  slo: SloStatusInput,
  policy: SloErrorBudgetPolicy = {},
): SloBudgetStatus {
  const remaining = slo.budgetRemainingRatio;
  if (remaining === null) return 'no-data';
  if (remaining <= 0) return 'frozen';
  const atRiskBelow = policy.atRiskBelowRatio ?? DEFAULT_AT_RISK_BELOW_RATIO;
  if (remaining < atRiskBelow || slo.alertState === 'page') return 'at-risk';
  return 'ok';
}
