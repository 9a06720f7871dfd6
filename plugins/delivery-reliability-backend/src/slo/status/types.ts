import {
  SloAlertState,
  SloBudgetStatus,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * One SLO objective's status as of the last evaluation cycle: what the team
 * comparison reads for a thousand services in one query instead of
 * evaluating every SLO per request.
 * @internal
 */
export interface SloStatusRow {
  /** Lower-case `kind:namespace/name`. */
  entityRef: string;
  /** `SloSummary.id`. */
  sloId: string;
  /** SLO display name (or `metadata.name`). */
  name: string;
  target: number;
  sli: number | null;
  budgetRemainingRatio: number | null;
  /** With the entity's error-budget policy applied. */
  status: SloBudgetStatus;
  alertState: SloAlertState;
  /** When this row was computed (epoch ms). */
  evaluatedAtMs: number;
}

/** Reads the stored SLO statuses. @internal */
export interface SloStatusReader {
  /** Every stored row, and the newest `evaluatedAtMs` (`null` when none). */
  readAll(): Promise<{ rows: SloStatusRow[]; asOfMs: number | null }>;
}

/** Keeps the stored SLO statuses current. @internal */
export interface SloStatusWriter {
  /** Replaces every row of one entity (in one transaction). */
  replaceEntity(entityRef: string, rows: SloStatusRow[]): Promise<void>;
  /** Deletes the rows of entities not in `entityRefs` (SLOs removed). */
  retainOnly(entityRefs: readonly string[]): Promise<void>;
}
