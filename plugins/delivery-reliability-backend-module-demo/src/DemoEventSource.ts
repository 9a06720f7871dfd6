/**
 * The demo data source: sends history once, then what happened since the
 * last send on every scheduled tick, all through the same sink.
 */
import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryEventSink,
  DeliveryEventSource,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { toBatches } from './batches';
import { DemoConfig } from './config';
import { demoEventsChangedSince, generateDemoEvents } from './generator';

const DAY_MS = 86_400_000;

/** Dependencies of {@link DemoEventSource}. @public */
export interface DemoEventSourceOptions {
  config: DemoConfig;
  scheduler: SchedulerService;
  logger: LoggerService;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * Generates realistic deployments, changes and incidents for the configured
 * services. Ids are deterministic, so a restart re-sends (replaces) history
 * instead of duplicating it.
 * @public
 */
export class DemoEventSource implements DeliveryEventSource {
  readonly id = 'demo';
  readonly #options: DemoEventSourceOptions;
  /** "Now" of the last fully sent run; undefined until history is sent. */
  #sentUntilMs?: number;
  /** Serialises runs: the startup history and scheduled ticks never overlap. */
  #running: Promise<void> = Promise.resolve();

  constructor(options: DemoEventSourceOptions) {
    this.#options = options;
  }

  async connect(sink: DeliveryEventSink): Promise<void> {
    const { scheduler, logger, config } = this.#options;
    // History starts right away but is not awaited, so it does not hold up
    // backend startup; if it fails, the next tick sends it again.
    this.sendPending(sink).catch(error =>
      logger.error(
        `Demo history could not be sent, retrying on the next tick: ${error}`,
      ),
    );
    await scheduler.scheduleTask({
      id: 'delivery-reliability-demo-events',
      frequency: { seconds: config.intervalSeconds },
      initialDelay: { seconds: config.intervalSeconds },
      timeout: { minutes: 10 },
      scope: 'global',
      fn: () => this.sendPending(sink),
    });
  }

  /**
   * Sends history when nothing has been sent yet, else the events that
   * appeared or changed since the last run. Resolves when all are stored.
   */
  sendPending(sink: DeliveryEventSink): Promise<void> {
    const run = this.#running
      .catch(() => undefined)
      .then(() => this.#send(sink));
    this.#running = run;
    return run;
  }

  async #send(sink: DeliveryEventSink): Promise<void> {
    const { config, logger } = this.#options;
    const nowMs = (this.#options.now?.() ?? new Date()).getTime();
    const sinceMs = this.#sentUntilMs;
    const events = config.services.flatMap(
      ({ entityRef, profile }): DeliveryEvent[] => {
        const stream = { entityRef, profile, seed: config.seed, toMs: nowMs };
        return sinceMs === undefined
          ? generateDemoEvents({
              ...stream,
              fromMs: nowMs - config.historyDays * DAY_MS,
            })
          : demoEventsChangedSince({ ...stream, sinceMs });
      },
    );
    // Each service's events are in reference order, so batches may split anywhere.
    for (const batch of toBatches(events)) {
      await sink.ingest(batch);
    }
    this.#sentUntilMs = nowMs;
    if (sinceMs === undefined) {
      logger.info(
        `Sent ${events.length} demo events (${config.historyDays} days of history) for ${config.services.length} services`,
      );
    } else if (events.length > 0) {
      logger.debug(`Sent ${events.length} new or updated demo events`);
    }
  }
}
