import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { DeliveryEventSink, DeliveryEventSource } from '../eventSources';
import { IncidentScope, uniqueIncidentScopes } from './incidentScopes';
import { IncidentProvider, pollIncidentScope } from './pollIncidents';
import { PollStateStore } from './PollStateStore';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Options of {@link IncidentPollingSource}. @public */
export interface IncidentPollingSourceOptions<T> {
  provider: IncidentProvider<T>;
  /** The scopes to poll now, e.g. from catalog annotations. */
  listScopes(): Promise<IncidentScope[]>;
  store: PollStateStore;
  scheduler: SchedulerService;
  logger: LoggerService;
  frequencyMinutes: number;
  backfillDays: number;
  overlapMinutes: number;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * A {@link DeliveryEventSource} that polls an incident provider on a
 * cluster-wide schedule (one backend instance at a time), scope by scope:
 * a failing scope is logged and retried next run without holding up others.
 * @public
 */
export class IncidentPollingSource<T> implements DeliveryEventSource {
  readonly id: string;

  constructor(private readonly options: IncidentPollingSourceOptions<T>) {
    this.id = options.provider.sourceId;
  }

  async connect(sink: DeliveryEventSink): Promise<void> {
    const { scheduler, frequencyMinutes } = this.options;
    await scheduler.scheduleTask({
      id: `delivery-reliability-${this.id}-incidents`,
      scope: 'global',
      frequency: { minutes: frequencyMinutes },
      // A backfill of many services can take a while under rate limits.
      timeout: { minutes: Math.max(30, frequencyMinutes * 2) },
      fn: () => this.pollOnce(sink),
    });
  }

  /** One run over all scopes; resolves when every scope was tried. */
  async pollOnce(sink: DeliveryEventSink): Promise<void> {
    const { provider, logger, store } = this.options;
    const scopes = uniqueIncidentScopes(
      await this.options.listScopes(),
      logger,
    );
    const nowMs = (this.options.now?.() ?? new Date()).getTime();
    let failed = 0;
    for (const scope of scopes) {
      try {
        const result = await pollIncidentScope({
          provider,
          store,
          sink,
          logger,
          scope,
          nowMs,
          backfillMs: this.options.backfillDays * DAY_MS,
          overlapMs: this.options.overlapMinutes * MINUTE_MS,
        });
        logger.info(
          `${this.id}: ${scope.entityRef}: stored ${result.stored} incidents (${result.open} open, ${result.skipped} skipped)`,
        );
      } catch (error) {
        failed++;
        logger.error(
          `${this.id}: polling incidents of ${scope.entityRef} failed; retrying next run: ${error}`,
        );
      }
    }
    logger.info(
      `${this.id}: polled ${scopes.length} entities, ${failed} failed`,
    );
  }
}
