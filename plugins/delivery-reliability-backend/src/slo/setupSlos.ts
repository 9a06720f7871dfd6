import {
  AuthService,
  LoggerService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SliSource } from '@delivery-reliability/plugin-delivery-reliability-node';
import { Knex } from 'knex';
import { CatalogSloDefinitions } from './definitions/CatalogSloDefinitions';
import { readInlineSloDocuments } from './definitions/inlineSloDocuments';
import { SloEvaluator } from './evaluation/SloEvaluator';
import { scheduleSloEvaluation } from './evaluation/scheduleSloEvaluation';
import { setupSloStatus } from './status/setupSloStatus';
import { KnexSliBucketWriter } from './store/KnexSliBucketWriter';

/** What {@link setupSlos} needs from the plugin's init. @internal */
export interface SetupSlosOptions {
  knex: Knex;
  config: Config;
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  scheduler: SchedulerService;
  logger: LoggerService;
  /** Added by modules through `deliveryReliabilitySliSourcesExtensionPoint`. */
  sources: readonly SliSource[];
}

function minutes(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid config ${key}: must be a whole number of minutes ≥ 1, got ${value}`,
    );
  }
  return value;
}

/**
 * Wires the SLO write side: definitions (annotation files + inline config),
 * the bucket writer and the evaluator, scheduled every step on one replica
 * at a time. Throws at start-up on bad `deliveryReliability.slo.*` values.
 * @internal
 */
export async function setupSlos(options: SetupSlosOptions) {
  const { config, logger } = options;
  const stepMinutes = minutes(config, 'deliveryReliability.slo.stepMinutes', 5);
  const staleAfterMinutes = minutes(
    config,
    'deliveryReliability.slo.staleAfterMinutes',
    15,
  );
  const definitions = new CatalogSloDefinitions({
    catalog: options.catalog,
    auth: options.auth,
    urlReader: options.urlReader,
    integrations: ScmIntegrations.fromConfig(config),
    inline: readInlineSloDocuments(config),
  });
  const writer = new KnexSliBucketWriter(options.knex);
  const evaluator = new SloEvaluator({
    definitions,
    writer,
    sources: options.sources,
    stepMs: stepMinutes * 60_000,
    logger,
  });
  // The status snapshot the team comparison reads, refreshed after every
  // evaluation (the cycle's, or an entity's first sight).
  const sloStatus = setupSloStatus({
    knex: options.knex,
    config,
    definitions,
    auth: options.auth,
    logger,
  });
  const triggerEvaluation = await scheduleSloEvaluation({
    scheduler: options.scheduler,
    evaluator,
    stepMinutes,
    logger,
    afterCycle: sloStatus.refreshAll,
  });
  if (options.sources.length === 0) {
    logger.info(
      'No SLI sources installed; SLOs are listed but not evaluated until a source module (e.g. Prometheus) is added',
    );
  }
  // One first-sight evaluation per entity at a time: the tab asks for the
  // SLOs and the gate together.
  const inFlight = new Map<string, Promise<unknown>>();
  const evaluateFirstSight = (entityRef: string) => {
    let running = inFlight.get(entityRef);
    if (!running) {
      running = evaluator
        .evaluateEntities([entityRef])
        .then(() => sloStatus.refreshEntities([entityRef]))
        .finally(() => inFlight.delete(entityRef));
      inFlight.set(entityRef, running);
    }
    return running;
  };
  return {
    definitions,
    evaluator,
    writer,
    triggerEvaluation,
    evaluateFirstSight,
    /** The SLO status snapshot, for the team comparison. */
    sloStatus: sloStatus.reader,
    stepMs: stepMinutes * 60_000,
    staleAfterMs: staleAfterMinutes * 60_000,
  };
}
