import {
  OpenSloMetricSource,
  OpenSloSlo,
  SliBucket,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  SliReadRequest,
  SliSource,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { PrometheusSourceConfig } from './config';
import {
  PrometheusClient,
  PrometheusQueryStatsListener,
} from './PrometheusClient';
import { metricSourcesOf, resolveClient } from './dataSources';
import { planIndicator } from './indicatorQueries';
import { RetentionCache } from './retention';
import { valuesByBucketStart } from './stepValues';

/** Prometheus refuses `query_range` with more than 11,000 points. @public */
export const MAX_POINTS_PER_QUERY = 11_000;

/** Options of {@link PrometheusSliSource}. @public */
export interface PrometheusSliSourceOptions {
  config: PrometheusSourceConfig;
  /** Clock; buckets not yet ended are never read. Default `Date.now`. */
  now?: () => number;
  /** Asks Prometheus for query stats (`stats=all`) and reports them. */
  onQueryStats?: PrometheusQueryStatsListener;
  /** Points per `query_range` call; default and maximum {@link MAX_POINTS_PER_QUERY}. */
  maxPointsPerQuery?: number;
}

/**
 * Reads SLI buckets of OpenSLO indicators of type `Prometheus` with PromQL
 * `query_range` calls: one call per query returns up to 11,000 buckets.
 * @public
 */
export class PrometheusSliSource implements SliSource {
  readonly id = 'prometheus';
  private readonly clients: Map<string, PrometheusClient>;
  private readonly retention = new RetentionCache();
  private readonly now: () => number;

  constructor(private readonly options: PrometheusSliSourceOptions) {
    this.clients = new Map(
      options.config.dataSources.map(ds => [
        ds.name,
        new PrometheusClient(ds, options.onQueryStats),
      ]),
    );
    // Read Date.now at call time, so a test clock (jest.spyOn) applies.
    this.now = options.now ?? (() => Date.now());
  }

  supports(slo: OpenSloSlo): boolean {
    return metricSourcesOf(slo).every(
      source => source.type.toLowerCase() === 'prometheus',
    );
  }

  async earliestAvailableMs(slo: OpenSloSlo, nowMs: number) {
    let earliest: number | undefined;
    for (const source of metricSourcesOf(slo)) {
      const retentionMs = await this.retention.get(this.client(source));
      if (retentionMs === undefined) continue;
      earliest = Math.max(earliest ?? -Infinity, nowMs - retentionMs);
    }
    return earliest;
  }

  async readBuckets(request: SliReadRequest): Promise<SliBucket[]> {
    const { slo, objectiveIndex, fromMs, stepMs } = request;
    // A bucket still in progress would be stored short and never re-read.
    const toMs = Math.min(
      request.toMs,
      Math.floor(this.now() / stepMs) * stepMs,
    );
    const plan = planIndicator(slo, objectiveIndex, stepMs);
    const points = Math.min(
      MAX_POINTS_PER_QUERY,
      this.options.maxPointsPerQuery ?? MAX_POINTS_PER_QUERY,
    );
    const chunkMs = points * stepMs;
    const chunks: Array<Promise<SliBucket[]>> = [];
    for (let start = fromMs; start < toMs; start += chunkMs) {
      const end = Math.min(toMs, start + chunkMs);
      chunks.push(
        Promise.all(
          plan.queries.map(async ({ source, promql }) =>
            valuesByBucketStart(
              await this.client(source).queryRange(
                promql,
                (start + stepMs) / 1000,
                end / 1000,
                stepMs / 1000,
              ),
              stepMs,
            ),
          ),
        ).then(perQuery => {
          // Prometheus answered for the whole chunk: a step without series
          // is a measured step with no traffic, not a gap.
          const buckets: SliBucket[] = [];
          for (let s = start; s < end; s += stepMs) {
            buckets.push(
              plan.toBucket(
                s,
                perQuery.map(values => values.get(s)),
              ),
            );
          }
          return buckets;
        }),
      );
    }
    return (await Promise.all(chunks)).flat();
  }

  private client(source: OpenSloMetricSource): PrometheusClient {
    return resolveClient(
      this.clients,
      this.options.config.defaultDataSource,
      source,
    );
  }
}
