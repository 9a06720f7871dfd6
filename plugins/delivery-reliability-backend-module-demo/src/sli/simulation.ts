/**
 * Turns a read request into the parameters of one simulated SLI stream:
 * which demo service, its profile's defaults, the spec's overrides and the
 * service's incidents in the range.
 */
import { OpenSloSlo } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DemoConfig, DemoServiceConfig } from '../config';
import { hashString } from '../generator/prng';
import { DemoIncidentCalendar } from './incidents';
import { DemoSimulation } from './simulate';
import { readDemoSliSpec } from './spec';
import { DEMO_SLI_DEFAULTS } from './traffic';

/**
 * The configured demo service that `service` names: a full ref, or a name
 * matched against the refs' names. Throws naming the field and the fix.
 */
export function findDemoService(
  config: DemoConfig,
  service: string,
  sloName: string,
): DemoServiceConfig {
  const wanted = service.toLocaleLowerCase('en-US');
  const found =
    config.services.find(s => s.entityRef === wanted) ??
    config.services.find(s => s.entityRef.split('/')[1] === wanted);
  if (!found) {
    const names = config.services.map(s => s.entityRef.split('/')[1]);
    throw new Error(
      `SLO ${sloName}: metricSource.spec.service '${service}' is not a demo service; name one of ${
        names.join(', ') || '(none)'
      } or add it to deliveryReliability.demo.services`,
    );
  }
  return found;
}

/**
 * Everything needed to simulate `[fromMs, toMs)` of the SLO's indicator;
 * `calendarOf` keeps one incident calendar per demo service.
 * @public
 */
export function demoSimulationFor(
  config: DemoConfig,
  request: { entityRef: string; slo: OpenSloSlo; fromMs: number; toMs: number },
  calendarOf: (service: DemoServiceConfig) => DemoIncidentCalendar,
): DemoSimulation {
  const { slo } = request;
  const spec = readDemoSliSpec(slo);
  const service = findDemoService(
    config,
    spec.service ?? request.entityRef,
    slo.name,
  );
  if (
    spec.signal === 'latency' &&
    slo.indicator.metric.type !== 'threshold' &&
    spec.thresholdSeconds === undefined
  ) {
    throw new Error(
      `SLO ${slo.name}: metricSource.spec.thresholdSeconds is required for a latency ratio SLI: the latency a request must beat to be good, e.g. 0.3`,
    );
  }
  const defaults = DEMO_SLI_DEFAULTS[service.profile];
  return {
    // Own stream per service and signal: availability and latency noise differ.
    seed: hashString(`${config.seed}|${service.entityRef}|${spec.signal}`),
    signal: spec.signal,
    baselineErrorRatio: spec.baselineErrorRatio ?? defaults.baselineErrorRatio,
    incidentErrorRatio: spec.incidentErrorRatio ?? defaults.incidentErrorRatio,
    baselineLatencySeconds:
      spec.baselineLatencySeconds ?? defaults.baselineLatencySeconds,
    ...(spec.thresholdSeconds !== undefined
      ? { thresholdSeconds: spec.thresholdSeconds }
      : {}),
    incidents: calendarOf(service).windowsIn(request.fromMs, request.toMs),
  };
}
