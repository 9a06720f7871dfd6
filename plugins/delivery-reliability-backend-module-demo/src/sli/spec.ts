/**
 * What a `type: demo` metric source asks the simulator for. The spec lives in
 * the OpenSLO file, so a reader of the file sees why a service is healthy or
 * overspent without reading this code.
 */
import {
  OpenSloIndicatorMetric,
  OpenSloMetricSource,
  OpenSloSlo,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** The metric source type this module measures (compared case-insensitively). @public */
export const DEMO_SLI_SOURCE_TYPE = 'demo';

/** What is simulated: request success or request latency. @public */
export type DemoSliSignal = 'availability' | 'latency';

/**
 * `metricSource.spec` of a demo source, after validation. Every field but
 * `signal` is optional; see the README for the defaults per profile.
 * @public
 */
export interface DemoSliSpec {
  /** Demo service name (`checkout-api`) or full ref; default: the SLO's entity. */
  service?: string;
  signal: DemoSliSignal;
  /** Share of requests failing outside incidents, e.g. 0.0003. */
  baselineErrorRatio?: number;
  /** Share of requests failing at the peak of a sev1 incident, e.g. 0.08. */
  incidentErrorRatio?: number;
  /** p95 latency outside incidents at low load, in seconds. */
  baselineLatencySeconds?: number;
  /** Ratio and raw latency SLIs: a request is good when faster than this. */
  thresholdSeconds?: number;
}

/** Every metric source of an indicator (numerator, total, raw or threshold). */
export function metricSourcesOf(
  metric: OpenSloIndicatorMetric,
): OpenSloMetricSource[] {
  switch (metric.type) {
    case 'ratio':
      return [metric.good, metric.bad, metric.total].filter(
        (s): s is OpenSloMetricSource => s !== undefined,
      );
    case 'rawRatio':
      return [metric.raw];
    default:
      return [metric.metric];
  }
}

/** True when every metric source of the SLO's indicator is of type demo. @public */
export function isDemoSlo(slo: OpenSloSlo): boolean {
  return metricSourcesOf(slo.indicator.metric).every(
    s => s.type.toLocaleLowerCase('en-US') === DEMO_SLI_SOURCE_TYPE,
  );
}

const RATIO_FIELDS = ['baselineErrorRatio', 'incidentErrorRatio'] as const;
const SECONDS_FIELDS = ['baselineLatencySeconds', 'thresholdSeconds'] as const;

/**
 * Reads the spec that decides the simulation: the numerator's for a ratio
 * metric (`total` only names the same service), else the only source's.
 * Throws naming the field and the fix.
 * @public
 */
export function readDemoSliSpec(slo: OpenSloSlo): DemoSliSpec {
  const metric = slo.indicator.metric;
  const source =
    metric.type === 'ratio'
      ? metric.good ?? metric.bad ?? metric.total
      : metricSourcesOf(metric)[0];
  const spec = source.spec;
  const where = `SLO ${slo.name}: metricSource.spec`;
  const { signal, service } = spec;
  if (signal !== 'availability' && signal !== 'latency') {
    throw new Error(
      `${where}.signal must be availability or latency, got ${JSON.stringify(
        signal,
      )}`,
    );
  }
  if (service !== undefined && typeof service !== 'string') {
    throw new Error(
      `${where}.service must be a demo service name such as checkout-api`,
    );
  }
  const result: DemoSliSpec = { signal, ...(service ? { service } : {}) };
  for (const field of [...RATIO_FIELDS, ...SECONDS_FIELDS]) {
    const value = spec[field];
    if (value === undefined) continue;
    const isRatio = (RATIO_FIELDS as readonly string[]).includes(field);
    if (
      typeof value !== 'number' ||
      !(value > 0) ||
      (isRatio && !(value < 1)) ||
      !Number.isFinite(value)
    ) {
      throw new Error(
        `${where}.${field} must be a number ${
          isRatio ? 'in (0, 1), e.g. 0.001' : 'of seconds above 0, e.g. 0.3'
        }, got ${JSON.stringify(value)}`,
      );
    }
    result[field] = value;
  }
  return result;
}
