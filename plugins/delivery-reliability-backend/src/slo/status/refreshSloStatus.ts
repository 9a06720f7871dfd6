import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { runWithConcurrency } from '../evaluation/runWithConcurrency';
import { listSloSummaries } from '../routes/listSloSummaries';
import { SloReadContext } from '../routes/SloReadContext';
import { SloStatusRow, SloStatusWriter } from './types';

/** What {@link refreshSloStatus} computes with and writes to. @internal */
export interface SloStatusRefreshDeps {
  /** Without `evaluateFirstSight` (see `setupSloStatus`). */
  context: SloReadContext;
  auth: AuthService;
  store: SloStatusWriter;
  logger: LoggerService;
  /** Entities summarized at once; default 4 (each runs its objectives' reads in parallel). */
  concurrency?: number;
}

/** Counts of one refresh. @internal */
export interface SloStatusRefreshResult {
  entities: number;
  rowsWritten: number;
  /** Entities whose rows could not be computed or stored (old rows kept). */
  errors: number;
}

/** A summary as a snapshot row, stamped with the instant it was computed for. @internal */
export function toSloStatusRow(
  summary: SloSummary,
  evaluatedAtMs: number,
): SloStatusRow {
  return {
    entityRef: summary.entityRef,
    sloId: summary.id,
    name: summary.displayName ?? summary.name,
    target: summary.objective.target,
    sli: summary.sli,
    budgetRemainingRatio: summary.budgetRemainingRatio,
    status: summary.status,
    alertState: summary.alertState,
    evaluatedAtMs,
  };
}

/**
 * Recomputes the snapshot rows of `entityRefs` at `nowMs` with the same
 * function `GET /v1/slos` answers with, and replaces each entity's rows.
 * With `retainOnlyListed` (a full cycle, where `entityRefs` is every
 * entity that still has SLOs) the rows of other entities are deleted.
 * Failures are logged and counted, never thrown: the snapshot must not
 * break the evaluation cycle it follows.
 * @internal
 */
export async function refreshSloStatus(
  deps: SloStatusRefreshDeps,
  request: {
    entityRefs: readonly string[];
    nowMs: number;
    retainOnlyListed?: boolean;
  },
): Promise<SloStatusRefreshResult> {
  const { context, store, logger } = deps;
  const { entityRefs, nowMs } = request;
  let errors = 0;
  let rowsWritten = 0;
  try {
    // The plugin's own identity, as the evaluator reads definitions with.
    const credentials = await deps.auth.getOwnServiceCredentials();
    await runWithConcurrency(entityRefs, deps.concurrency ?? 4, async ref => {
      try {
        const { slos } = await listSloSummaries(
          context,
          ref,
          credentials,
          nowMs,
        );
        const rows = slos.map(s => toSloStatusRow(s, nowMs));
        await store.replaceEntity(ref, rows);
        rowsWritten += rows.length;
      } catch (error) {
        errors += 1;
        logger.warn(`SLO status of ${ref} not refreshed: ${error}`);
      }
    });
    if (request.retainOnlyListed) await store.retainOnly(entityRefs);
  } catch (error) {
    errors += 1;
    logger.warn(`SLO status snapshot not refreshed: ${error}`);
  }
  return { entities: entityRefs.length, rowsWritten, errors };
}
