import {
  LifecycleService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { RollupStore } from '../rollups/RollupStore';
import { RollupWorker } from '../rollups/RollupWorker';
import { readDoraSettings } from './doraConfig';
import { DoraService } from './DoraService';

/** What {@link setupDora} needs from the plugin's init. @internal */
export interface SetupDoraOptions {
  knex: Knex;
  config: Config;
  productionEnvironments: string[];
  catalog: CatalogService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  logger: LoggerService;
}

/**
 * Wires the DORA read API and rollup maintenance: reads
 * `deliveryReliability.dora.*` (throwing at start-up on bad values), marks
 * all rollups stale when the rules they were built with changed, starts the
 * debounced worker (nudged after each stored batch) and a scheduled sweep
 * (every minute, on one replica at a time) that also picks up marks a crash
 * left behind.
 * @internal
 */
export async function setupDora(options: SetupDoraOptions) {
  const settings = readDoraSettings(
    options.config,
    options.productionEnvironments,
  );
  const rollups = new RollupStore(options.knex, {
    leadTimeStart: settings.leadTimeStart,
  });
  const worker = new RollupWorker(() => rollups.processMarks(), options.logger);
  if (await rollups.markAllIfRulesChanged()) {
    options.logger.info(
      'DORA rollup rules changed or rollups are new; recomputing them',
    );
    worker.nudge();
  }
  await options.scheduler.scheduleTask({
    id: 'delivery-reliability-rollups-sweep',
    frequency: { minutes: 1 },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 30 },
    fn: () => worker.runNow(),
  });
  options.lifecycle.addShutdownHook(() => worker.stop());
  return {
    rollups,
    worker,
    service: new DoraService({ rollups, catalog: options.catalog, settings }),
  };
}
