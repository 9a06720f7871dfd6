import { createExtensionPoint } from '@backstage/backend-plugin-api';
import {
  OpenSloSlo,
  SliBucket,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * One read of SLI counts: the buckets of `[fromMs, toMs)` on a fixed step for
 * one objective of one SLO. `fromMs` and `toMs` are multiples of `stepMs`.
 * @public
 */
export interface SliReadRequest {
  entityRef: string;
  slo: OpenSloSlo;
  /** Position of the objective in `slo.objectives` (thresholds differ per objective). */
  objectiveIndex: number;
  fromMs: number;
  toMs: number;
  stepMs: number;
}

/**
 * Reads SLI counts for SLOs whose indicator it understands (e.g. PromQL
 * against a Prometheus-compatible API).
 *
 * Contract of {@link SliSource.readBuckets}: it answers one bucket per step
 * the source could measure, `startMs` = the step's start, with the good and
 * total events of `[startMs, startMs + stepMs)`; a step the source measured
 * with no traffic is a bucket with `total` 0. A step left out is a gap the
 * backend retries later. When the source is unreachable it throws; the
 * backend then marks the SLO stale and refills the gap once it answers again.
 * @public
 */
export interface SliSource {
  /** Stable id for logs and data-source matching, e.g. `prometheus`. */
  readonly id: string;
  /** Whether this source can measure the SLO's indicator. */
  supports(slo: OpenSloSlo): boolean;
  /**
   * Earliest time the source still holds data for (e.g. now − retention);
   * backfill starts no earlier. `undefined` when unbounded or unknown.
   */
  earliestAvailableMs?(slo: OpenSloSlo, nowMs: number): Promise<number | undefined>;
  /** Buckets of the request's range; see the interface's contract. */
  readBuckets(request: SliReadRequest): Promise<SliBucket[]>;
}

/**
 * Lets backend modules add SLI sources.
 * @public
 */
export interface DeliveryReliabilitySliSourcesExtensionPoint {
  addSliSource(...sources: SliSource[]): void;
}

/**
 * Extension point through which modules register {@link SliSource}s.
 * @public
 */
export const deliveryReliabilitySliSourcesExtensionPoint =
  createExtensionPoint<DeliveryReliabilitySliSourcesExtensionPoint>({
    id: 'delivery-reliability.sli-sources',
  });
