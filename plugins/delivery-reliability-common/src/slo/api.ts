/**
 * Response shapes of the SLO read API and the release gate, shared by the
 * backend and the frontend client. Times are RFC 3339 in UTC; ratios are in
 * [0, 1] except `budgetRemainingRatio`, which goes negative when overspent.
 */
import {
  SloAlertSeverity,
  SloAlertState,
  SloBurnWindow,
} from './math/burnAlerts';
import { OpenSloBudgetingMethod, OpenSloIssue } from './openslo/types';
import { SloGateDecision } from './policy/decideRelease';
import { ReleaseChangeType, SloBudgetStatus } from './policy/status';

/** The objective a summary is about. @public */
export interface SloObjectiveInfo {
  index: number;
  displayName: string;
  target: number;
  timeSliceTarget?: number;
  /** Duration shorthand, e.g. `5m`. */
  timeSliceWindow?: string;
}

/** The SLO period: the last `duration` (rolling) or the current calendar period. @public */
export interface SloWindowInfo {
  type: 'rolling' | 'calendar';
  /** Duration shorthand, e.g. `28d` or `1M`. */
  duration: string;
  timeZone?: string;
  /** Period start. */
  from: string;
  /** Period end (exclusive); for a calendar window, possibly in the future. */
  to: string;
  periodSeconds: number;
}

/** One burn-rate alert rule and what it saw. @public */
export interface SloBurnAlertView {
  severity: SloAlertSeverity;
  longWindow: string;
  shortWindow: string;
  burnRateThreshold: number;
  longBurnRate: number | null;
  shortBurnRate: number | null;
  longWindowEvents: number;
  lowTraffic: boolean;
  firing: boolean;
}

/** Is the SLO still being measured? @public */
export interface SloDataFreshness {
  /** Start of the newest stored bucket; `null` when none. */
  lastBucketAt: string | null;
  /**
   * True when the newest bucket ended longer ago than
   * `deliveryReliability.slo.staleAfterMinutes`, or the last read of the
   * source failed.
   */
  stale: boolean;
  /** Message of the last failed read, when it failed after the last success. */
  lastError?: string;
}

/** One objective of one SLO of an entity, evaluated now. @public */
export interface SloSummary {
  /** Stable id: the SLO name, plus `#<index>` for objectives after the first. */
  id: string;
  /** `metadata.name` of the SLO. */
  name: string;
  displayName?: string;
  entityRef: string;
  objective: SloObjectiveInfo;
  window: SloWindowInfo;
  budgetingMethod: OpenSloBudgetingMethod;
  /** Unit of `good` and `total`. */
  unit: 'events' | 'slices';
  good: number;
  total: number;
  /** good / total; `null` without data. */
  sli: number | null;
  /** 1 − target. */
  errorBudgetRatio: number;
  /** 1 − (bad / total) / (1 − target); `null` without data. */
  budgetRemainingRatio: number | null;
  status: SloBudgetStatus;
  burnRates: Record<SloBurnWindow, number | null>;
  alertState: SloAlertState;
  alerts: SloBurnAlertView[];
  lowTraffic: boolean;
  timeToExhaustionSeconds: number | null;
  dataFreshness: SloDataFreshness;
}

/** `GET /v1/slos?entityRef=`: every objective of the entity's SLOs, and any definition problems. @public */
export interface SloListResponse {
  entityRef: string;
  slos: SloSummary[];
  /** OpenSLO validation issues of the entity's documents, for the UI to show. */
  issues: OpenSloIssue[];
}

/** One point of an SLO's history: the budget as it stood at `at`. @public */
export interface SloHistoryPoint {
  at: string;
  good: number;
  total: number;
  sli: number | null;
  budgetRemainingRatio: number | null;
  /** Burn rate over the hour before `at`. */
  burnRate1h: number | null;
}

/** `GET /v1/slos/:id/history?entityRef=&from=&to=&step=`. @public */
export interface SloHistoryResponse {
  entityRef: string;
  id: string;
  points: SloHistoryPoint[];
}

/**
 * `GET /v1/gate?entityRef=&changeType=` (or `POST /v1/gate` with the same
 * fields as JSON): may this entity release a change of this type now?
 * @public
 */
export interface GateResponse extends SloGateDecision {
  entityRef: string;
  changeType: ReleaseChangeType;
  evaluatedAt: string;
}

/** Where a maintenance window is defined. @public */
export type SloMaintenanceWindowSource = 'config' | 'api';

/**
 * Planned maintenance of an entity: buckets overlapping `[from, to)` are left
 * out of its budgets and burn rates.
 * @public
 */
export interface SloMaintenanceWindow {
  id: string;
  entityRef: string;
  /** Start (inclusive). */
  from: string;
  /** End (exclusive). */
  to: string;
  reason?: string;
  /** `config` windows live in app-config and cannot be deleted through the API. */
  source: SloMaintenanceWindowSource;
  /** Principal that recorded an `api` window. */
  createdBy?: string;
  /** When an `api` window was recorded. */
  createdAt?: string;
}

/** `GET /v1/maintenance-windows?entityRef=`: config and recorded windows, by start. @public */
export interface SloMaintenanceWindowListResponse {
  entityRef: string;
  windows: SloMaintenanceWindow[];
}

/** Body of `POST /v1/maintenance-windows`; times are RFC 3339 with an offset. @public */
export interface SloMaintenanceWindowRequest {
  id: string;
  entityRef: string;
  from: string;
  to: string;
  reason?: string;
}
