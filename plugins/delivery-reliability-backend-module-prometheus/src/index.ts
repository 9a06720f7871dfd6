/**
 * Prometheus SLI source for the delivery-reliability backend: reads
 * OpenSLO indicators of type `Prometheus` with PromQL from any
 * Prometheus-compatible API.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityModulePrometheus as default } from './module';
export {
  PrometheusSliSource,
  MAX_POINTS_PER_QUERY,
} from './PrometheusSliSource';
export type { PrometheusSliSourceOptions } from './PrometheusSliSource';
export { PrometheusClient } from './PrometheusClient';
export type {
  PrometheusRangeSeries,
  PrometheusQueryStatsListener,
} from './PrometheusClient';
export { readPrometheusConfig } from './config';
export type {
  PrometheusDataSourceConfig,
  PrometheusSourceConfig,
} from './config';
export { stepCountQuery, withWindow, promDuration } from './promql';
