import { InputError } from '@backstage/errors';
import { PrometheusDataSourceConfig } from './config';
import { ConcurrencyLimiter } from './limiter';

/** One series of a `query_range` answer; times in epoch seconds. @public */
export interface PrometheusRangeSeries {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

/** Called with `stats.samples.totalQueryableSamples` of each answered query. @public */
export type PrometheusQueryStatsListener = (stats: {
  dataSource: string;
  query: string;
  totalQueryableSamples: number;
}) => void;

/**
 * A minimal client of the Prometheus HTTP API (`/api/v1`), limited to what
 * every Prometheus-compatible backend (Thanos, Mimir, Cortex,
 * VictoriaMetrics) serves. Uses POST forms so long PromQL never hits URL
 * length limits.
 * @public
 */
export class PrometheusClient {
  private readonly limiter: ConcurrencyLimiter;

  constructor(
    readonly dataSource: PrometheusDataSourceConfig,
    private readonly onQueryStats?: PrometheusQueryStatsListener,
  ) {
    this.limiter = new ConcurrencyLimiter(dataSource.maxConcurrentQueries);
  }

  /** `query_range` evaluated at start, start + step, … ≤ end (seconds). */
  async queryRange(
    query: string,
    startSec: number,
    endSec: number,
    stepSec: number,
  ): Promise<PrometheusRangeSeries[]> {
    const params: Record<string, string> = {
      query,
      start: String(startSec),
      end: String(endSec),
      step: String(stepSec),
    };
    if (this.onQueryStats) params.stats = 'all';
    const data = await this.limiter.run(() =>
      this.call('/api/v1/query_range', params, query),
    );
    const samples = data?.stats?.samples?.totalQueryableSamples;
    if (this.onQueryStats && typeof samples === 'number') {
      this.onQueryStats({
        dataSource: this.dataSource.name,
        query,
        totalQueryableSamples: samples,
      });
    }
    return (data?.result ?? []) as PrometheusRangeSeries[];
  }

  /** `storageRetention` from runtimeinfo; undefined when the API has none. */
  async storageRetention(): Promise<string | undefined> {
    const data = await this.limiter.run(() =>
      this.call('/api/v1/status/runtimeinfo', undefined, undefined, 'GET'),
    );
    return typeof data?.storageRetention === 'string'
      ? data.storageRetention
      : undefined;
  }

  private async call(
    path: string,
    params: Record<string, string> | undefined,
    query: string | undefined,
    method: 'GET' | 'POST' = 'POST',
  ): Promise<any> {
    const { name, url, headers, timeoutMs } = this.dataSource;
    const where = `Prometheus data source ${name} (${url}${path})`;
    let response: Response;
    try {
      response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...headers,
          ...(params
            ? { 'Content-Type': 'application/x-www-form-urlencoded' }
            : {}),
        },
        body: params ? new URLSearchParams(params).toString() : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as Error)?.cause ?? error;
      throw new Error(
        `${where} is unreachable: ${String(
          (cause as Error)?.message ?? cause,
        )}`,
      );
    }
    const text = await response.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const detail = body?.error ?? text.slice(0, 200);
    if (response.status >= 400 && response.status < 500) {
      // Bad PromQL and refused queries: Prometheus' own message tells the fix.
      throw new InputError(
        `${where} rejected ${
          query ? `the query ${query}` : 'the request'
        }: ${detail}`,
      );
    }
    if (!response.ok || body?.status !== 'success') {
      throw new Error(
        `${where} failed with HTTP ${response.status}: ${detail}`,
      );
    }
    return body.data;
  }
}
