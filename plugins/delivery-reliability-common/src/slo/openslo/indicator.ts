import { parseMetricSourceHolder } from './metricSource';
import {
  IssueSink,
  childPath,
  isRecord,
  optionalBoolean,
  optionalString,
  readMetadataNames,
} from './issues';
import { OpenSloRegistry } from './registry';
import {
  OpenSloIndicator,
  OpenSloIndicatorMetric,
  OpenSloMetricSource,
} from './types';

function parseRatioMetric(
  ratio: Record<string, unknown>,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloIndicatorMetric | undefined {
  const has = (key: string) => ratio[key] !== undefined && ratio[key] !== null;
  const source = (key: string): OpenSloMetricSource | undefined =>
    parseMetricSourceHolder(ratio[key], childPath(path, key), sink, registry);

  if (has('raw')) {
    if (has('good') || has('bad') || has('total')) {
      sink.add(
        path,
        'raw cannot be combined with good, bad or total: keep either raw or a numerator over total',
      );
      return undefined;
    }
    const rawType = ratio.rawType;
    if (rawType !== 'success' && rawType !== 'failure') {
      source('raw');
      return sink.invalid(
        childPath(path, 'rawType'),
        'rawType must be success or failure when raw is used',
        rawType,
      );
    }
    const raw = source('raw');
    return raw && { type: 'rawRatio', rawType, raw };
  }

  const before = sink.count;
  if (has('good') && has('bad')) {
    sink.add(path, 'give either good or bad over total, not both');
  } else if (!has('good') && !has('bad')) {
    sink.add(
      path,
      'ratioMetric needs good or bad over total, or raw with rawType',
    );
  }
  if (!has('total')) {
    sink.add(
      childPath(path, 'total'),
      'total is required with good or bad, e.g. { metricSource: { type: Prometheus, spec: { query: ... } } }',
    );
  }
  const good = has('good') ? source('good') : undefined;
  const bad = has('bad') ? source('bad') : undefined;
  const total = has('total') ? source('total') : undefined;
  const counter = optionalBoolean(ratio, 'counter', path, sink, true);
  if (sink.count > before || !total) return undefined;
  return {
    type: 'ratio',
    counter,
    ...(good ? { good } : {}),
    ...(bad ? { bad } : {}),
    total,
  };
}

/**
 * Parses an SLI `spec`: exactly one of `ratioMetric` (`good` or `bad` over
 * `total`, or `raw` with `rawType`) and `thresholdMetric`.
 */
export function parseIndicatorSpec(
  spec: unknown,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloIndicatorMetric | undefined {
  if (!isRecord(spec)) {
    return sink.invalid(
      path,
      'spec must be a mapping with ratioMetric or thresholdMetric',
      spec,
    );
  }
  const { ratioMetric, thresholdMetric } = spec;
  if (ratioMetric !== undefined && thresholdMetric !== undefined) {
    sink.add(path, 'give either ratioMetric or thresholdMetric, not both');
    return undefined;
  }
  if (thresholdMetric !== undefined) {
    const metric = parseMetricSourceHolder(
      thresholdMetric,
      childPath(path, 'thresholdMetric'),
      sink,
      registry,
    );
    return metric && { type: 'threshold', metric };
  }
  if (!isRecord(ratioMetric)) {
    return sink.invalid(
      childPath(path, 'ratioMetric'),
      'an SLI needs ratioMetric (good or bad over total, or raw) or thresholdMetric',
      ratioMetric,
    );
  }
  return parseRatioMetric(
    ratioMetric,
    childPath(path, 'ratioMetric'),
    sink,
    registry,
  );
}

/**
 * Parses `{ metadata?, spec }` — an `SLI` document or an SLO's inline
 * `spec.indicator`, whose `metadata` is optional.
 */
export function parseIndicator(
  value: unknown,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloIndicator | undefined {
  if (!isRecord(value)) {
    return sink.invalid(
      path,
      'indicator must be a mapping with metadata and spec, like an SLI document',
      value,
    );
  }
  const names = readMetadataNames(value, path, sink);
  const specPath = childPath(path, 'spec');
  const description = isRecord(value.spec)
    ? optionalString(value.spec, 'description', specPath, sink)
    : undefined;
  const metric = parseIndicatorSpec(value.spec, specPath, sink, registry);
  return (
    metric && {
      ...names,
      ...(description !== undefined ? { description } : {}),
      metric,
    }
  );
}
