import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * Writes events through the same validation and storage path as
 * `POST /v1/events`: a call is one all-or-nothing batch, and re-sending an id
 * replaces the earlier version.
 * @public
 */
export interface DeliveryEventSink {
  /**
   * Validates and stores a batch of native or CDEvents events.
   * Rejects with an `InputError` naming the event index and field when any
   * event is invalid; then nothing of the batch is stored.
   */
  ingest(events: unknown[]): Promise<IngestSummary>;
}

/**
 * A data source (pull module, demo generator) that produces delivery events.
 * @public
 */
export interface DeliveryEventSource {
  /** Stable id used in logs and audit records, e.g. `github` or `demo`. */
  readonly id: string;
  /**
   * Called once when the backend plugin has started, with the sink to write to.
   * Long-running work should be scheduled (scheduler service), not awaited here.
   */
  connect(sink: DeliveryEventSink): Promise<void>;
}

/**
 * Lets backend modules add delivery event sources.
 * @public
 */
export interface DeliveryReliabilityEventSourcesExtensionPoint {
  addEventSource(...sources: DeliveryEventSource[]): void;
}

/**
 * Extension point through which modules register {@link DeliveryEventSource}s.
 * @public
 */
export const deliveryReliabilityEventSourcesExtensionPoint =
  createExtensionPoint<DeliveryReliabilityEventSourcesExtensionPoint>({
    id: 'delivery-reliability.event-sources',
  });
