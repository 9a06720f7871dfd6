import { LoggerService } from '@backstage/backend-plugin-api';
import { SliSource } from '@delivery-reliability/plugin-delivery-reliability-node';
import { SloDefinitionsService } from '../contracts';
import { KnexSliBucketWriter } from '../store/KnexSliBucketWriter';
import {
  SloObjectiveJob,
  SloObjectiveOutcome,
  evaluateSloObjective,
} from './evaluateObjective';
import { runWithConcurrency } from './runWithConcurrency';

/** Counts of one evaluation cycle. @internal */
export interface SloCycleResult {
  entities: number;
  objectivesEvaluated: number;
  bucketsWritten: number;
  sourceReads: number;
  /** Objectives (or entities) whose evaluation failed this cycle. */
  errors: number;
}

/** Dependencies and limits of {@link SloEvaluator}. @internal */
export interface SloEvaluatorOptions {
  definitions: SloDefinitionsService;
  writer: KnexSliBucketWriter;
  sources: readonly SliSource[];
  stepMs: number;
  logger: LoggerService;
  /** Objectives evaluated at once; default 8. */
  concurrency?: number;
  /** Most steps per source read; default 2,000. */
  maxStepsPerRead?: number;
}

/**
 * Brings every objective of every entity with SLOs up to date, once per
 * step. Failures are counted and recorded per objective; a cycle never
 * throws for one bad SLO or entity.
 * @internal
 */
export class SloEvaluator {
  constructor(private readonly options: SloEvaluatorOptions) {}

  /** One cycle at `nowMs` (default: now) over every entity with SLOs. */
  async runCycle(nowMs: number = Date.now()): Promise<SloCycleResult> {
    let refs: string[];
    try {
      refs = await this.options.definitions.listEntityRefs();
    } catch (error) {
      // E.g. the catalog is not serving yet right after start-up; the next
      // cycle (or a first look at an entity) catches up.
      this.options.logger.warn(
        `SLO evaluation skipped: the entities with SLOs could not be listed: ${error}`,
      );
      return {
        entities: 0,
        objectivesEvaluated: 0,
        bucketsWritten: 0,
        sourceReads: 0,
        errors: 1,
      };
    }
    return this.evaluateEntities(refs, nowMs);
  }

  /**
   * Brings the objectives of the given entities up to date now, e.g. an
   * entity whose SLOs were just added and are being looked at before the
   * next scheduled cycle. Safe alongside a cycle: writes are idempotent.
   */
  async evaluateEntities(
    refs: readonly string[],
    nowMs: number = Date.now(),
  ): Promise<SloCycleResult> {
    const { definitions, logger } = this.options;
    const limit = this.options.concurrency ?? 8;
    let errors = 0;
    const perEntity = await runWithConcurrency(refs, limit, async ref => {
      try {
        const { slos } = await definitions.forEntity(ref);
        return slos.flatMap(slo =>
          slo.objectives.map(o => ({
            entityRef: ref,
            slo,
            objectiveIndex: o.index,
          })),
        );
      } catch (error) {
        errors += 1;
        logger.warn(`SLO definitions of ${ref} could not be loaded: ${error}`);
        return [] as SloObjectiveJob[];
      }
    });
    const context = {
      writer: this.options.writer,
      sources: this.options.sources,
      stepMs: this.options.stepMs,
      maxStepsPerRead: this.options.maxStepsPerRead ?? 2_000,
    };
    const jobs = perEntity.flat();
    const outcomes = await runWithConcurrency(
      jobs,
      limit,
      async (job): Promise<SloObjectiveOutcome> => {
        try {
          return await evaluateSloObjective(context, job, nowMs);
        } catch (error) {
          // The store itself failed (e.g. the database is away).
          return { bucketsWritten: 0, sourceReads: 0, error: String(error) };
        }
      },
    );
    for (const [i, outcome] of outcomes.entries()) {
      if (!outcome.error) continue;
      errors += 1;
      const job = jobs[i];
      logger.warn(`SLO ${job.slo.name} of ${job.entityRef}: ${outcome.error}`);
    }
    return {
      entities: refs.length,
      objectivesEvaluated: outcomes.length,
      bucketsWritten: outcomes.reduce((n, o) => n + o.bucketsWritten, 0),
      sourceReads: outcomes.reduce((n, o) => n + o.sourceReads, 0),
      errors,
    };
  }
}
