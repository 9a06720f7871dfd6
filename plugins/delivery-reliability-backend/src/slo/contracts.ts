/**
 * Contracts between the SLO write side (definitions, bucket store,
 * evaluation) and the read side (routes, gate, maintenance windows). Both
 * sides code against these; `setupSlos.ts` wires the implementations.
 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  OpenSloIssue,
  OpenSloSlo,
  SliBucket,
  SloTimeRange,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** The SLO definitions of one entity, from its annotation and/or inline config. @internal */
export interface EntitySloDefinitions {
  /** Lower-case `kind:namespace/name`. */
  entityRef: string;
  /** Valid SLOs (objectives are evaluated separately, see `sloSummaryId`). */
  slos: OpenSloSlo[];
  /**
   * Problems of the entity's documents: OpenSLO validation issues, and
   * unreadable files (path `''`, message naming the URL and the fix).
   */
  issues: OpenSloIssue[];
}

/** Where SLO definitions come from. @internal */
export interface SloDefinitionsService {
  /**
   * Definitions of one entity. With `credentials`, the catalog is read on
   * the caller's behalf (so they only see entities they may see); without,
   * with the plugin's own credentials. An entity without SLOs yields empty
   * lists; an unknown entity throws `NotFoundError`.
   */
  forEntity(
    entityRef: string,
    options?: { credentials?: BackstageCredentials },
  ): Promise<EntitySloDefinitions>;
  /** Every entity that has SLO definitions (annotation or inline config). */
  listEntityRefs(): Promise<string[]>;
}

/** Evaluation state of one objective. @internal */
export interface SloEvaluationStateView {
  /** Step of the stored buckets. */
  stepMs: number;
  /** When the source last answered; `null` if never. */
  lastSuccessMs: number | null;
  /** Message of the last failed read; `null` after a success. */
  lastError: string | null;
}

/** Reads stored SLI buckets. @internal */
export interface SliBucketReader {
  /** Buckets of `[fromMs, toMs)`, ordered by start. */
  readBuckets(
    entityRef: string,
    sloId: string,
    range: SloTimeRange,
  ): Promise<SliBucket[]>;
  /**
   * Sum of the (sanitized, see `sanitizeSliBucket`) counts of the buckets
   * of `[fromMs, toMs)`, leaving out every bucket that overlaps an
   * `excluded` range, and the start of the newest bucket summed (`null`
   * when none).
   */
  sumBuckets(
    entityRef: string,
    sloId: string,
    range: SloTimeRange,
    options: { excluded: readonly SloTimeRange[]; stepMs: number },
  ): Promise<{ good: number; total: number; lastStartMs: number | null }>;
  /** States of the given objectives; absent when never evaluated. */
  readStates(
    entityRef: string,
    sloIds: readonly string[],
  ): Promise<Map<string, SloEvaluationStateView>>;
}
