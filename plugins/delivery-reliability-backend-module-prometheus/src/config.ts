import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** One configured Prometheus-compatible API. @public */
export interface PrometheusDataSourceConfig {
  name: string;
  /** Base URL without a trailing slash. */
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxConcurrentQueries: number;
}

/** `deliveryReliability.prometheus`, validated and with defaults. @public */
export interface PrometheusSourceConfig {
  dataSources: PrometheusDataSourceConfig[];
  defaultDataSource?: string;
}

const KEY = 'deliveryReliability.prometheus';

function positive(value: number | undefined, field: string, fallback: number) {
  if (value === undefined) return fallback;
  if (!(value > 0)) {
    throw new InputError(`${field} must be a positive number, got ${value}`);
  }
  return value;
}

/**
 * Reads `deliveryReliability.prometheus`. Absent config yields no data
 * sources (the module then registers nothing). Mistakes throw an
 * `InputError` naming the key, so the backend refuses to start with them.
 * @public
 */
export function readPrometheusConfig(config: Config): PrometheusSourceConfig {
  const root = config.getOptionalConfig(KEY);
  if (!root) return { dataSources: [] };
  const dataSources = (root.getOptionalConfigArray('dataSources') ?? []).map(
    (ds, i) => {
      const field = `${KEY}.dataSources[${i}]`;
      const url = ds.getString('url').replace(/\/+$/, '');
      if (!/^https?:\/\//.test(url)) {
        throw new InputError(
          `${field}.url must be an http(s) URL such as http://prometheus:9090, got ${url}`,
        );
      }
      const headersConfig = ds.getOptionalConfig('headers');
      const headers: Record<string, string> = {};
      for (const key of headersConfig?.keys() ?? []) {
        headers[key] = headersConfig!.getString(key);
      }
      return {
        name: ds.getString('name'),
        url,
        headers,
        timeoutMs:
          positive(
            ds.getOptionalNumber('timeoutSeconds'),
            `${field}.timeoutSeconds`,
            30,
          ) * 1000,
        maxConcurrentQueries: Math.floor(
          positive(
            ds.getOptionalNumber('maxConcurrentQueries'),
            `${field}.maxConcurrentQueries`,
            4,
          ),
        ),
      };
    },
  );
  const names = new Set<string>();
  for (const ds of dataSources) {
    if (names.has(ds.name)) {
      throw new InputError(
        `${KEY}.dataSources: the name ${ds.name} is used twice; names must be unique`,
      );
    }
    names.add(ds.name);
  }
  const defaultDataSource = root.getOptionalString('defaultDataSource');
  if (defaultDataSource !== undefined && !names.has(defaultDataSource)) {
    throw new InputError(
      `${KEY}.defaultDataSource names ${defaultDataSource}, which is not in ${KEY}.dataSources (${
        [...names].join(', ') || 'none'
      })`,
    );
  }
  return { dataSources, ...(defaultDataSource ? { defaultDataSource } : {}) };
}
