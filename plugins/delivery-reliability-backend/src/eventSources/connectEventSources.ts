import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { DeliveryEventSource } from '@delivery-reliability/plugin-delivery-reliability-node';
import { IngestionService } from '../ingestion/IngestionService';
import { Semaphore } from '../ingestion/Semaphore';
import { createEventSink } from './createEventSink';

/**
 * Hands each registered source its sink. A failing source is logged and
 * skipped: one broken data source must not take the backend down.
 * @internal
 */
export async function connectEventSources(options: {
  sources: DeliveryEventSource[];
  ingestion: IngestionService;
  ingestionGate: Semaphore;
  auditor: AuditorService;
  logger: LoggerService;
}): Promise<void> {
  const { sources, ingestion, ingestionGate, auditor, logger } = options;
  await Promise.all(
    sources.map(async source => {
      try {
        const sink = createEventSink({
          sourceId: source.id,
          ingestion,
          ingestionGate,
          auditor,
        });
        await source.connect(sink);
        logger.info(`Connected delivery event source ${source.id}`);
      } catch (error) {
        logger.error(
          `Delivery event source ${source.id} failed to connect`,
          error as Error,
        );
      }
    }),
  );
}
