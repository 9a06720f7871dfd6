import { Config } from '@backstage/config';
import { DEFAULT_PRODUCTION_ENVIRONMENTS } from '@delivery-reliability/plugin-delivery-reliability-common';
import { IngestionLimits } from './ingestion/limits';

/** Settings of the plugin, read once at start-up. @internal */
export interface DeliveryReliabilityConfig {
  productionEnvironments: string[];
  ingestion: IngestionLimits & {
    /** Batches validated and written at once; undefined: pick by database. */
    maxConcurrentBatches?: number;
  };
}

const DEFAULT_MAX_EVENTS_PER_REQUEST = 5_000;
const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

function positiveInteger<T extends number | undefined>(
  config: Config,
  key: string,
  fallback: T,
): number | T {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid config ${key}: must be a positive integer, got ${value}`,
    );
  }
  return value;
}

/**
 * Reads `deliveryReliability.*` (see config.d.ts), applying defaults.
 * @internal
 */
export function readDeliveryReliabilityConfig(
  config: Config,
): DeliveryReliabilityConfig {
  const productionEnvironments = config.getOptionalStringArray(
    'deliveryReliability.productionEnvironments',
  ) ?? [...DEFAULT_PRODUCTION_ENVIRONMENTS];
  if (productionEnvironments.length === 0) {
    throw new Error(
      'Invalid config deliveryReliability.productionEnvironments: name at least one environment',
    );
  }
  return {
    productionEnvironments,
    ingestion: {
      maxEventsPerRequest: positiveInteger(
        config,
        'deliveryReliability.ingestion.maxEventsPerRequest',
        DEFAULT_MAX_EVENTS_PER_REQUEST,
      ),
      maxRequestBytes: positiveInteger(
        config,
        'deliveryReliability.ingestion.maxRequestBytes',
        DEFAULT_MAX_REQUEST_BYTES,
      ),
      maxConcurrentBatches: positiveInteger(
        config,
        'deliveryReliability.ingestion.maxConcurrentBatches',
        undefined,
      ),
    },
  };
}
