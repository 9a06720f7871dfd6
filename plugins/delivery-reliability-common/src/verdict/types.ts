/**
 * Types of the ship-or-stabilise verdict: DORA delivery on one side, SLO
 * budgets and change failure rate on the other (see `decideVerdict`).
 */
import { DoraMetricsReport } from '../dora/api';
import { DoraMetricName, DoraTier } from '../dora/tiers/types';
import { SloBudgetStatus } from '../slo/policy/status';

/**
 * What a team should push now:
 * - `keep-going`: fast and stable;
 * - `ship-more-often`: stable (budget to spend) but delivery is slow;
 * - `stabilise`: delivery is fine (or unknown) but stability is poor;
 * - `stabilise-first`: slow and unstable — fix stability before speed;
 * - `not-enough-data`: one side cannot be judged and the other is not poor.
 * @public
 */
export type VerdictKind =
  | 'keep-going'
  | 'ship-more-often'
  | 'stabilise'
  | 'stabilise-first'
  | 'not-enough-data';

/** Delivery speed as judged from deployment frequency and lead time. @public */
export type DeliveryAssessment = 'fast' | 'slow' | 'unknown';

/** Stability as judged from SLO budgets and change failure rate. @public */
export type StabilityAssessment = 'stable' | 'unstable' | 'unknown';

/** One reason behind a verdict, e.g. `lead time 9 d (medium)`. @public */
export interface VerdictReason {
  side: 'delivery' | 'stability';
  /** `bad` reasons drive the verdict; `good` ones support `keep-going`; `info` is context. */
  tone: 'good' | 'bad' | 'info';
  /** What the reason is about: a DORA metric or the SLOs. */
  subject: DoraMetricName | 'slos';
  text: string;
}

/** The verdict with its reasons. @public */
export interface Verdict {
  kind: VerdictKind;
  /** e.g. `stabilise: 2 SLOs frozen, CFR 18 %`. */
  headline: string;
  delivery: DeliveryAssessment;
  stability: StabilityAssessment;
  reasons: VerdictReason[];
}

/**
 * The configurable thresholds of the verdict
 * (`deliveryReliability.verdict.*`); {@link DEFAULT_VERDICT_THRESHOLDS}
 * holds the defaults.
 * @public
 */
export interface VerdictThresholds {
  /** Delivery is slow when deployment frequency or lead time has one of these tiers. */
  slowTiers: DoraTier[];
  /** Stability is poor when the change failure rate is above this ratio. */
  maxChangeFailureRatio: number;
  /** Change failure rate is judged only from at least this many production deployments. */
  minDeploymentsForChangeFailureRate: number;
  /** Stability is poor when an SLO has one of these statuses. */
  unstableBudgetStatuses: SloBudgetStatus[];
}

/** One SLO objective as the verdict sees it. @public */
export interface VerdictSlo {
  name: string;
  status: SloBudgetStatus;
  budgetRemainingRatio: number | null;
}

/** Inputs of `decideVerdict`. @public */
export interface VerdictInput {
  /** The DORA report over the chosen window; `null` when no delivery data exists. */
  dora: DoraMetricsReport | null;
  /** The entity's SLO objectives (for a team: every objective of its services). */
  slos: readonly VerdictSlo[];
}
