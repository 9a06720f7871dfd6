import { IssueSink, childPath, isRecord, optionalString } from './issues';
import { OpenSloRegistry, resolveRef } from './registry';
import { OpenSloDataSource, OpenSloMetricSource } from './types';

const EXAMPLE =
  '{ metricSource: { type: Prometheus, spec: { query: sum(rate(http_requests_total[5m])) } } }';

/**
 * Parses `{ metricSource: { metricSourceRef?, type?, spec } }` at `path` — the
 * shape of `good`, `bad`, `total`, `raw` and `thresholdMetric`. OpenSLO v1
 * names the reference `metricSourceRef`; `dataSourceRef` is accepted as an
 * alias. The type comes from the source, else from the referenced DataSource;
 * a Prometheus source must carry its PromQL in `spec.query`.
 */
export function parseMetricSourceHolder(
  holder: unknown,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloMetricSource | undefined {
  if (!isRecord(holder) || !isRecord(holder.metricSource)) {
    return sink.invalid(
      path,
      `must hold a metricSource, e.g. ${EXAMPLE}`,
      holder,
    );
  }
  const source = holder.metricSource;
  const sourcePath = childPath(path, 'metricSource');
  const before = sink.count;

  const refKey =
    source.metricSourceRef !== undefined ? 'metricSourceRef' : 'dataSourceRef';
  let dataSource: OpenSloDataSource | undefined;
  if (source[refKey] !== undefined) {
    dataSource = resolveRef(
      registry,
      'DataSource',
      source,
      refKey,
      sourcePath,
      sink,
    );
  }
  const type =
    optionalString(source, 'type', sourcePath, sink) ?? dataSource?.type;
  if (type === undefined && source[refKey] === undefined) {
    sink.add(
      childPath(sourcePath, 'type'),
      'type is required when no metricSourceRef names a DataSource, e.g. Prometheus',
    );
  }

  const spec = source.spec;
  const specPath = childPath(sourcePath, 'spec');
  if (!isRecord(spec)) {
    return sink.invalid(
      specPath,
      'spec must be a mapping holding the query, e.g. { query: sum(rate(http_requests_total[5m])) }',
      spec,
    );
  }
  const query = optionalString(spec, 'query', specPath, sink);
  if (type?.toLowerCase() === 'prometheus' && !query?.trim()) {
    sink.invalid(
      childPath(specPath, 'query'),
      'query must be a PromQL expression for a Prometheus source, e.g. sum(rate(http_requests_total[5m]))',
      spec.query,
    );
  }

  if (sink.count > before || type === undefined) return undefined;
  return {
    type,
    ...(source[refKey] !== undefined
      ? { dataSourceRef: source[refKey] as string }
      : {}),
    ...(dataSource ? { dataSource } : {}),
    ...(query !== undefined ? { query } : {}),
    spec,
  };
}
