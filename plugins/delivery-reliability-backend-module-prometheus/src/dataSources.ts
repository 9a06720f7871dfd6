import {
  OpenSloMetricSource,
  OpenSloSlo,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { PrometheusClient } from './PrometheusClient';

/** Every metric source an SLO's indicator reads. @public */
export function metricSourcesOf(slo: OpenSloSlo): OpenSloMetricSource[] {
  const metric = slo.indicator.metric;
  if (metric.type === 'ratio') {
    return [metric.good ?? metric.bad!, metric.total];
  }
  return [metric.type === 'rawRatio' ? metric.raw : metric.metric];
}

/**
 * The configured data source a metric source reads from: the one named
 * like its OpenSLO DataSource, else the default, else the only one.
 * @public
 */
export function resolveClient(
  clients: ReadonlyMap<string, PrometheusClient>,
  defaultName: string | undefined,
  source: OpenSloMetricSource,
): PrometheusClient {
  const name = source.dataSource?.name ?? source.dataSourceRef;
  const named = name !== undefined ? clients.get(name) : undefined;
  if (named) return named;
  let fallback: PrometheusClient | undefined;
  if (defaultName !== undefined) fallback = clients.get(defaultName);
  else if (clients.size === 1) fallback = [...clients.values()][0];
  if (fallback) return fallback;
  throw new Error(
    `No Prometheus data source ${
      name ? `named ${name}` : 'for this SLO'
    }: add it to ` +
      `deliveryReliability.prometheus.dataSources (configured: ${
        [...clients.keys()].join(', ') || 'none'
      }) ` +
      `or set deliveryReliability.prometheus.defaultDataSource`,
  );
}
