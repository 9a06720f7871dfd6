/**
 * Response shapes of the DORA read API (`GET /v1/dora`, `/v1/dora/series`),
 * shared by the backend and the frontend client.
 */
import { DoraMetrics } from './metrics/results';
import { LeadTimeStart } from './metrics/types';
import { DoraTier, DoraTierTableYear } from './tiers/types';

/** One metric's result (counts and value) with its tier under the named table. @public */
export type WithTier<T> = T & { tier: DoraTier | null };

/** The five metrics, each with the counts behind it, its value and its tier. @public */
export type DoraMetricsReport = {
  [K in keyof DoraMetrics]: WithTier<DoraMetrics[K]>;
};

/** A half-open time window `[from, to)`, RFC 3339 in UTC. @public */
export interface DoraWindowInfo {
  from: string;
  to: string;
  days: number;
}

/** Names the tier table a response used. @public */
export interface DoraTierTableRef {
  id: string;
  year: DoraTierTableYear;
  name: string;
  source: string;
}

/** How a response counted: production environments, lead-time start, tier table. @public */
export interface DoraCountingRules {
  environments: string[];
  leadTimeStart: LeadTimeStart;
  tierTable: DoraTierTableRef;
}

/** Metrics of one entity in a group or system breakdown. @public */
export interface DoraEntityBreakdown {
  entityRef: string;
  metrics: DoraMetricsReport;
}

/**
 * `GET /v1/dora?entityRef=&from=&to=&environment=&breakdown=`: the five metrics
 * of a Component, or of the union of the components a System contains or a
 * Group (and its descendant groups) owns — computed from the raw events of
 * that union, never by averaging per-service figures.
 * @public
 */
export interface DoraResponse extends DoraCountingRules {
  entityRef: string;
  /** The components whose events were counted. */
  entityRefs: string[];
  window: DoraWindowInfo;
  metrics: DoraMetricsReport;
  /** The window of the same length just before `window`, for deltas. */
  previousWindow: DoraWindowInfo;
  previous: DoraMetricsReport;
  /** Per-component metrics, when `breakdown=true` was asked. */
  breakdown?: DoraEntityBreakdown[];
}

/** One bucket of a DORA series. @public */
export interface DoraSeriesPoint {
  window: DoraWindowInfo;
  metrics: DoraMetricsReport;
}

/**
 * `GET /v1/dora/series?entityRef=&from=&to=&bucket=week|month&environment=`:
 * the metrics per week (ISO weeks, Monday 00:00 UTC) or calendar month (UTC).
 * @public
 */
export interface DoraSeriesResponse extends DoraCountingRules {
  entityRef: string;
  entityRefs: string[];
  bucket: 'week' | 'month';
  points: DoraSeriesPoint[];
}
