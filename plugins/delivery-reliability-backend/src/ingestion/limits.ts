import { PayloadTooLargeError } from './errors';

/** Ingestion limits, from config with defaults. @internal */
export interface IngestionLimits {
  maxEventsPerRequest: number;
  maxRequestBytes: number;
}

/**
 * Rejects a request with more events than allowed (413).
 * @internal
 */
export function assertEventCount(count: number, limits: IngestionLimits): void {
  if (count > limits.maxEventsPerRequest) {
    throw new PayloadTooLargeError(
      `A request may carry at most ${limits.maxEventsPerRequest} events, this one has ${count}; split it into smaller batches (limit: deliveryReliability.ingestion.maxEventsPerRequest)`,
    );
  }
}
