/**
 * Response shapes of the overview API: the verdict of an entity and the
 * error budget its production deployments burned.
 */
import { DoraMetricsReport, DoraWindowInfo } from '../dora/api';
import { SloBudgetStatus } from '../slo/policy/status';
import { Verdict, VerdictThresholds } from '../verdict/types';

/** How many SLO objectives are in each status. @public */
export type SloStatusCounts = Record<SloBudgetStatus, number>;

/**
 * `GET /v1/verdict?entityRef=&from=&to=`: the ship-or-stabilise verdict of a
 * Component, System or Group over a window, with what it was decided from.
 * @public
 */
export interface VerdictResponse {
  entityRef: string;
  window: DoraWindowInfo;
  verdict: Verdict;
  /** The thresholds in force (config or defaults). */
  thresholds: VerdictThresholds;
  /** The DORA report the verdict used. */
  dora: DoraMetricsReport;
  /** SLO objectives by status (now, over each SLO's own window). */
  sloStatusCounts: SloStatusCounts;
}

/** Error budget consumed in one hour next to a deployment. @public */
export interface BudgetBurnHour {
  /** Good and total in the hour (events, or slices for Timeslices). */
  good: number;
  total: number;
  /** Share of the SLO period's whole error budget consumed in the hour; `null` without data. */
  budgetConsumedRatio: number | null;
}

/** One SLO objective around one deployment. @public */
export interface DeploymentSloBurn {
  /** `SloSummary.id`. */
  sloId: string;
  name: string;
  before: BudgetBurnHour;
  after: BudgetBurnHour;
  /** `after − before` consumed ratio; `null` when either hour has no data. */
  deltaRatio: number | null;
  /** `deltaRatio` ≥ the configured threshold. */
  burned: boolean;
}

/** One production deployment and the budget its SLOs burned around it. @public */
export interface DeploymentBurn {
  deploymentId: string;
  finishedAt: string;
  version?: string;
  environment: string;
  /** True when any SLO burned. */
  burned: boolean;
  /** False while the hour after the deployment has not ended yet. */
  complete: boolean;
  /** The SLO with the largest `deltaRatio`, when any has one. */
  worst: { sloId: string; name: string; deltaRatio: number } | null;
  slos: DeploymentSloBurn[];
}

/**
 * `GET /v1/deployment-burn?entityRef=&from=&to=`: for each production
 * deployment of a Component finished in `[from, to)`, newest first, the error
 * budget consumed in the hour after it compared with the hour before.
 * @public
 */
export interface DeploymentBurnResponse {
  entityRef: string;
  window: DoraWindowInfo;
  /** A deployment burned budget when `after − before` reached this share of the budget. */
  thresholdRatio: number;
  deployments: DeploymentBurn[];
}
