import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { SloEvaluator } from './SloEvaluator';

/** Id of the scheduled evaluation task. @internal */
export const SLO_EVALUATION_TASK_ID = 'delivery-reliability-slo-evaluation';

/**
 * Runs an evaluation cycle every step. The task is `global`: with several
 * replicas on one database, the scheduler's lock lets only one run a cycle
 * at a time (the upserts would make overlap harmless, only wasteful).
 * Returns a trigger for an immediate cycle (e.g. right after start-up).
 * @internal
 */
export async function scheduleSloEvaluation(options: {
  scheduler: SchedulerService;
  evaluator: SloEvaluator;
  stepMinutes: number;
  logger: LoggerService;
  /**
   * Runs after each scheduled cycle with the instant it evaluated at, e.g.
   * to refresh what is derived from the buckets. Must not throw.
   */
  afterCycle?: (nowMs: number) => Promise<unknown>;
}): Promise<() => Promise<void>> {
  const { scheduler, evaluator, logger } = options;
  await scheduler.scheduleTask({
    id: SLO_EVALUATION_TASK_ID,
    frequency: { minutes: options.stepMinutes },
    // A first backfill of many SLOs may take several steps.
    timeout: { minutes: Math.max(30, options.stepMinutes * 3) },
    scope: 'global',
    fn: async () => {
      const startedMs = Date.now();
      const result = await evaluator.runCycle(startedMs);
      logger.info(
        `SLO evaluation: ${result.objectivesEvaluated} objectives of ${
          result.entities
        } entities, ${result.bucketsWritten} buckets written in ${
          result.sourceReads
        } reads, ${result.errors} errors in ${Date.now() - startedMs} ms`,
      );
      await options.afterCycle?.(startedMs);
    },
  });
  return async () => {
    try {
      await scheduler.triggerTask(SLO_EVALUATION_TASK_ID);
    } catch (error) {
      // Already running (ConflictError): that run does the same work.
      logger.debug(`SLO evaluation not triggered: ${error}`);
    }
  };
}
