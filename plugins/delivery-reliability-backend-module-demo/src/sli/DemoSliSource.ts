/**
 * The demo SLI source: simulated request traffic for SLOs whose indicator
 * reads `type: demo` metric sources, so the Reliability tab works with no
 * Prometheus.
 */
import {
  OpenSloSlo,
  SliBucket,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  SliReadRequest,
  SliSource,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { DemoConfig, DemoServiceConfig } from '../config';
import { DemoIncidentCalendar } from './incidents';
import { meetsThreshold, sampleValue, simulateRequests } from './simulate';
import { demoSimulationFor } from './simulation';
import { isDemoSlo } from './spec';
import { MINUTE_MS } from './traffic';

/** Options of {@link DemoSliSource}. @public */
export interface DemoSliSourceOptions {
  /** The demo config: its services, their profiles and the seed. */
  config: DemoConfig;
}

/**
 * Answers every step with simulated counts: diurnal request volume, a
 * baseline error ratio and latency per profile, and elevated errors and
 * latency during the demo generator's incidents of the same service. Same
 * request, same buckets; no outside service, so it never throws for being
 * unreachable, only for a spec it cannot simulate.
 * @public
 */
export class DemoSliSource implements SliSource {
  readonly id = 'demo';
  private readonly calendars = new Map<string, DemoIncidentCalendar>();

  constructor(private readonly options: DemoSliSourceOptions) {}

  private calendarOf = (service: DemoServiceConfig) => {
    let calendar = this.calendars.get(service.entityRef);
    if (!calendar) {
      calendar = new DemoIncidentCalendar({
        ...service,
        seed: this.options.config.seed,
      });
      this.calendars.set(service.entityRef, calendar);
    }
    return calendar;
  };

  supports(slo: OpenSloSlo): boolean {
    return isDemoSlo(slo);
  }

  /** Simulated history has no start. */
  async earliestAvailableMs(): Promise<number | undefined> {
    return undefined;
  }

  async readBuckets(request: SliReadRequest): Promise<SliBucket[]> {
    const { slo, stepMs, toMs } = request;
    if (!(stepMs >= MINUTE_MS) || stepMs % MINUTE_MS !== 0) {
      throw new Error(
        `stepMs must be a whole number of minutes, got ${stepMs}`,
      );
    }
    const firstMs = Math.ceil(request.fromMs / stepMs) * stepMs;
    if (firstMs >= toMs) return [];
    const sim = demoSimulationFor(
      this.options.config,
      { ...request, fromMs: firstMs },
      this.calendarOf,
    );
    const metric = slo.indicator.metric;
    const objective = slo.objectives[request.objectiveIndex];
    if (!objective) {
      throw new Error(
        `objectiveIndex ${request.objectiveIndex} is out of range: SLO ${slo.name} has ${slo.objectives.length} objectives`,
      );
    }
    const { op = 'lte', value: threshold = Number.NaN } = objective;
    if (metric.type === 'threshold' && Number.isNaN(threshold)) {
      throw new Error(
        `SLO ${slo.name}: objectives[${request.objectiveIndex}].value is required for a thresholdMetric, e.g. 0.4`,
      );
    }
    const buckets: SliBucket[] = [];
    for (let startMs = firstMs; startMs < toMs; startMs += stepMs) {
      if (metric.type === 'threshold') {
        // One sample a minute, good when it meets the objective's op/value.
        let good = 0;
        let total = 0;
        for (let m = startMs; m < startMs + stepMs; m += MINUTE_MS) {
          total++;
          if (meetsThreshold(sampleValue(sim, m), op, threshold)) good++;
        }
        buckets.push({ startMs, good, total });
      } else {
        const counts = simulateRequests(sim, startMs, stepMs);
        if (metric.type === 'rawRatio') {
          // A raw SLI is one precomputed success share per step.
          const success = counts.total > 0 ? counts.good / counts.total : 1;
          buckets.push({ startMs, good: success, total: 1 });
        } else {
          buckets.push({ startMs, good: counts.good, total: counts.total });
        }
      }
    }
    return buckets;
  }
}
