import { PrometheusClient } from './PrometheusClient';
import { parsePrometheusDurationMs } from './duration';

const CACHE_MS = 60 * 60_000;

/**
 * Retention per data source from `/api/v1/status/runtimeinfo`, cached for an
 * hour. Thanos, Mimir and others may not serve that endpoint (or not the
 * field): the retention is then unknown (undefined), never an error.
 * @public
 */
export class RetentionCache {
  private readonly entries = new Map<
    PrometheusClient,
    { atMs: number; retentionMs: number | undefined }
  >();

  async get(client: PrometheusClient): Promise<number | undefined> {
    const cached = this.entries.get(client);
    if (cached && Date.now() - cached.atMs < CACHE_MS)
      return cached.retentionMs;
    let retention: string | undefined;
    try {
      retention = await client.storageRetention();
    } catch (error) {
      // Unreachable: unknown for now, asked again next time. A 4xx (the
      // API has no such endpoint) is an answer, cached as unknown.
      if ((error as Error)?.name !== 'InputError') return undefined;
    }
    const retentionMs = retention
      ? parsePrometheusDurationMs(retention)
      : undefined;
    this.entries.set(client, { atMs: Date.now(), retentionMs });
    return retentionMs;
  }
}
