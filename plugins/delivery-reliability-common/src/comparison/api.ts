/**
 * Response shape of the team comparison API (`GET /v1/comparison`): every
 * team (Group) and service (Component) with DORA values, SLO attainment,
 * budget statuses, gate status and verdict.
 */
import {
  DoraCountingRules,
  DoraMetricsReport,
  DoraWindowInfo,
} from '../dora/api';
import { SloBudgetStatus } from '../slo/policy/status';
import { SloStatusCounts } from '../overview/api';
import { Verdict, VerdictThresholds } from '../verdict/types';

/** SLO objectives of a row, as of the last evaluation cycle. @public */
export interface ComparisonSloStatus {
  /** Objectives defined. */
  objectives: number;
  /** Objectives with data in their window. */
  withData: number;
  /** Objectives meeting their target (budget left ≥ 0). */
  met: number;
  /** `met / withData`; `null` when no objective has data. */
  attainmentRatio: number | null;
  statusCounts: SloStatusCounts;
  /** The least budget left among the objectives; `null` without data. */
  worstBudgetRemainingRatio: number | null;
}

/** The release gate for a feature change, as of the last evaluation cycle. @public */
export interface ComparisonGate {
  /** `null` when no SLO is defined (nothing to gate on). */
  decision: 'allow' | 'deny' | null;
  /** The worst SLO status (for a team: over all of its services). */
  status: SloBudgetStatus;
  /** Services whose gate denies a feature release (for a service: 0 or 1). */
  deniedServices: number;
}

/** One team or service on the comparison page. @public */
export interface ComparisonRow {
  /** Lower-case `kind:namespace/name`. */
  entityRef: string;
  kind: 'group' | 'component';
  title?: string;
  dora: DoraMetricsReport;
  /** The same metrics over the previous window of the same length, for trend arrows. */
  previous: DoraMetricsReport;
  slo: ComparisonSloStatus;
  gate: ComparisonGate;
  verdict: Verdict;
}

/** A service (Component) row. @public */
export interface ComparisonService extends ComparisonRow {
  kind: 'component';
  /** Owning group's ref, when the owner is a Group. */
  ownerRef: string | null;
  /** System the component is part of. */
  systemRef: string | null;
}

/** A team (Group) row: the union of every component it and its descendant groups own. @public */
export interface ComparisonTeam extends ComparisonRow {
  kind: 'group';
  parentRef: string | null;
  /** The components counted, sorted; their rows are in `services`. */
  serviceRefs: string[];
}

/**
 * `GET /v1/comparison?from=&to=&environment=`: every team owning components
 * and every component, over a window, computed from the raw events' rollups
 * (team figures are sums and merged quantiles, never averages).
 * @public
 */
export interface ComparisonResponse extends DoraCountingRules {
  window: DoraWindowInfo;
  previousWindow: DoraWindowInfo;
  /** The verdict thresholds in force (config or defaults), e.g. for chart guide lines. */
  thresholds: VerdictThresholds;
  /** When the SLO statuses were last evaluated; `null` when never. */
  sloStatusAsOf: string | null;
  teams: ComparisonTeam[];
  services: ComparisonService[];
}
