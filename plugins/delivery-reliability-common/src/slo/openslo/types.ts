/**
 * The OpenSLO v1 model after parsing and validation: every reference is
 * resolved, every optional field that the math needs is present, and
 * percentages are ratios. Field names follow the OpenSLO v1 README
 * (github.com/OpenSLO/OpenSLO) where a field is kept as written.
 */

/** The `apiVersion` this parser understands. @public */
export const OPENSLO_API_VERSION = 'openslo/v1';

/** How an SLO counts its budget. @public */
export type OpenSloBudgetingMethod =
  | 'Occurrences'
  | 'Timeslices'
  | 'RatioTimeslices';

/** Operator comparing a threshold metric's value against `objective.value`. @public */
export type OpenSloOperator = 'lt' | 'lte' | 'gt' | 'gte';

/** Postfix of an OpenSLO duration shorthand: minutes … years. @public */
export type OpenSloDurationUnit = 'm' | 'h' | 'd' | 'w' | 'M' | 'Q' | 'Y';

/** A parsed duration shorthand such as `28d` or `1Q`. @public */
export interface OpenSloDuration {
  /** As written (a bare number of minutes is normalised to `<n>m`). */
  text: string;
  count: number;
  unit: OpenSloDurationUnit;
}

/**
 * A DataSource. `connectionDetails` is deliberately dropped: it may hold
 * credentials and this model travels to API responses.
 * @public
 */
export interface OpenSloDataSource {
  name: string;
  displayName?: string;
  type: string;
}

/** Where one query of an indicator reads from. @public */
export interface OpenSloMetricSource {
  /** From `metricSource.type`, else from the referenced DataSource. */
  type: string;
  /** `metricSourceRef` (OpenSLO v1) or `dataSourceRef`, when given. */
  dataSourceRef?: string;
  /** The referenced DataSource, resolved. */
  dataSource?: OpenSloDataSource;
  /** `spec.query` when it is a string (the PromQL for Prometheus sources). */
  query?: string;
  /** `metricSource.spec` as written, for source types that need more than a query. */
  spec: Record<string, unknown>;
}

/** `ratioMetric` with `good` or `bad` over `total` (exactly one numerator). @public */
export interface OpenSloRatioMetric {
  type: 'ratio';
  /** Whether the queries return monotonically increasing counters; default `true`. */
  counter: boolean;
  good?: OpenSloMetricSource;
  bad?: OpenSloMetricSource;
  total: OpenSloMetricSource;
}

/** `ratioMetric` with a precomputed `raw` ratio of successes or failures. @public */
export interface OpenSloRawRatioMetric {
  type: 'rawRatio';
  rawType: 'success' | 'failure';
  raw: OpenSloMetricSource;
}

/** `thresholdMetric`: raw values compared with the objective's `op` and `value`. @public */
export interface OpenSloThresholdMetric {
  type: 'threshold';
  metric: OpenSloMetricSource;
}

/** The measurement an indicator makes. @public */
export type OpenSloIndicatorMetric =
  | OpenSloRatioMetric
  | OpenSloRawRatioMetric
  | OpenSloThresholdMetric;

/** An SLI, from an `SLI` document or inlined as an SLO's `spec.indicator`. @public */
export interface OpenSloIndicator {
  /** Absent for an inline indicator without `metadata.name`. */
  name?: string;
  displayName?: string;
  description?: string;
  metric: OpenSloIndicatorMetric;
}

/** One objective of an SLO. @public */
export interface OpenSloObjective {
  /** Position in `spec.objectives`. */
  index: number;
  /** `displayName`, else `name`, else `Objective <index + 1>`. */
  displayName: string;
  /** The target as a ratio in (0, 1); `targetPercent` is divided by 100. */
  target: number;
  /** Threshold metrics only. */
  op?: OpenSloOperator;
  /** Threshold metrics only. */
  value?: number;
  /** `Timeslices` only: a slice is good when its ratio is ≥ this. */
  timeSliceTarget?: number;
  /** `Timeslices` and `RatioTimeslices`: the length of one slice. */
  timeSliceWindow?: OpenSloDuration;
}

/** A rolling window: always the last `duration`. @public */
export interface OpenSloRollingWindow {
  type: 'rolling';
  /** A fixed-length duration (unit m, h, d or w). */
  duration: OpenSloDuration;
}

/** A calendar-aligned window: periods of `duration` counted from `startTime`. @public */
export interface OpenSloCalendarWindow {
  type: 'calendar';
  duration: OpenSloDuration;
  /** Wall-clock time without zone, `YYYY-MM-DD HH:mm:ss`, in `timeZone`. */
  startTime: string;
  /** IANA time zone name, e.g. `Europe/Berlin`. */
  timeZone: string;
}

/** The SLO's budgeting period. @public */
export type OpenSloTimeWindow = OpenSloRollingWindow | OpenSloCalendarWindow;

/** An AlertCondition of kind `burnrate`. @public */
export interface OpenSloAlertCondition {
  name?: string;
  displayName?: string;
  /** As written, e.g. `page`, `ticket`, `sev1`. */
  severity: string;
  kind: 'burnrate';
  /** Burn rate above which the condition breaches. */
  threshold: number;
  lookbackWindow: OpenSloDuration;
  /** How long the condition must hold before alerting; default `0m`. */
  alertAfter: OpenSloDuration;
}

/** An AlertPolicy with its conditions resolved (notification targets are not kept). @public */
export interface OpenSloAlertPolicy {
  name?: string;
  displayName?: string;
  alertWhenBreaching: boolean;
  alertWhenResolved: boolean;
  alertWhenNoData: boolean;
  conditions: OpenSloAlertCondition[];
}

/** A valid SLO with its indicator, DataSources and alert policies resolved. @public */
export interface OpenSloSlo {
  name: string;
  displayName?: string;
  description?: string;
  service?: string;
  /** Position of the SLO document in the parsed set. */
  documentIndex: number;
  /** The SLI named by `spec.indicatorRef`, when the indicator was not inline. */
  indicatorRef?: string;
  indicator: OpenSloIndicator;
  timeWindow: OpenSloTimeWindow;
  budgetingMethod: OpenSloBudgetingMethod;
  objectives: OpenSloObjective[];
  alertPolicies: OpenSloAlertPolicy[];
}

/** Names the document an issue is about. @public */
export interface OpenSloDocumentId {
  /** 0-based position in the set of documents given to the parser. */
  index: number;
  /** `kind`, when the document has a string one. */
  kind?: string;
  /** `metadata.name`, when the document has a string one. */
  name?: string;
}

/**
 * A validation error, returned as a value so one bad document never stops the
 * others from loading and the UI can show every problem at once.
 * @public
 */
export interface OpenSloIssue {
  document: OpenSloDocumentId;
  /** Where in the document, e.g. `spec.objectives[0].target`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Everything a set of documents yields: the valid SLOs and every issue found. @public */
export interface OpenSloParseResult {
  /** SLOs without issues of their own or in what they reference, in document order. */
  slos: OpenSloSlo[];
  issues: OpenSloIssue[];
}
