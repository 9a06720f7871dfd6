import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { SloDefinitionsService } from '../contracts';
import { createSloReadContext } from '../routes/createSloReadContext';
import { KnexSloStatusStore } from './KnexSloStatusStore';
import { refreshSloStatus } from './refreshSloStatus';
import { SloStatusReader } from './types';

/** The SLO status snapshot as wired by {@link setupSloStatus}. @internal */
export interface SloStatusSetup {
  /** What the team comparison reads. */
  reader: SloStatusReader;
  /**
   * After a full evaluation cycle at `nowMs`: refreshes every entity that
   * still has SLOs and drops the rows of the others. Never throws.
   */
  refreshAll(nowMs: number): Promise<void>;
  /** After evaluating `entityRefs` (first sight): refreshes just those. Never throws. */
  refreshEntities(entityRefs: readonly string[], nowMs?: number): Promise<void>;
}

/**
 * Wires the stored SLO status snapshot: the `slo_status` store and its
 * refresh from the stored buckets, computed like `GET /v1/slos`.
 * @internal
 */
export function setupSloStatus(options: {
  knex: Knex;
  config: Config;
  definitions: SloDefinitionsService;
  auth: AuthService;
  logger: LoggerService;
}): SloStatusSetup {
  const { definitions, logger } = options;
  const store = new KnexSloStatusStore(options.knex);
  const deps = {
    // No first-sight evaluation on purpose: the refresh runs right after an
    // evaluation, and an objective no source reads would start another one.
    context: createSloReadContext(options),
    auth: options.auth,
    store,
    logger,
  };
  return {
    reader: store,
    async refreshAll(nowMs) {
      let entityRefs: string[];
      try {
        entityRefs = await definitions.listEntityRefs();
      } catch (error) {
        // Without the list, retaining would delete every row: keep them.
        logger.warn(`SLO status snapshot not refreshed: ${error}`);
        return;
      }
      const startedMs = Date.now();
      const result = await refreshSloStatus(deps, {
        entityRefs,
        nowMs,
        retainOnlyListed: true,
      });
      logger.info(
        `SLO status snapshot: ${result.rowsWritten} objectives of ${
          result.entities
        } entities, ${result.errors} errors in ${Date.now() - startedMs} ms`,
      );
    },
    async refreshEntities(entityRefs, nowMs = Date.now()) {
      await refreshSloStatus(deps, { entityRefs, nowMs });
    },
  };
}
