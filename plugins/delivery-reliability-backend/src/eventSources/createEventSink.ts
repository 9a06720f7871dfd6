import { AuditorService } from '@backstage/backend-plugin-api';
import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryEventSink } from '@delivery-reliability/plugin-delivery-reliability-node';
import { IngestionService } from '../ingestion/IngestionService';
import { summaryMeta } from '../ingestion/summaryMeta';
import { Semaphore } from '../ingestion/Semaphore';

/**
 * The sink handed to an event source: the same validation and storage path
 * as `POST /v1/events`, audited with the source's id.
 * @internal
 */
export function createEventSink(options: {
  sourceId: string;
  ingestion: IngestionService;
  ingestionGate: Semaphore;
  auditor: AuditorService;
}): DeliveryEventSink {
  const { sourceId, ingestion, ingestionGate, auditor } = options;
  return {
    async ingest(events: unknown[]): Promise<IngestSummary> {
      const auditorEvent = await auditor.createEvent({
        eventId: 'events-ingest',
        severityLevel: 'medium',
        meta: { source: sourceId },
      });
      try {
        const summary = await ingestionGate.run(() => ingestion.ingest(events));
        await auditorEvent.success({ meta: summaryMeta(summary) });
        return summary;
      } catch (error) {
        await auditorEvent.fail({ error: error as Error });
        throw error;
      }
    },
  };
}
