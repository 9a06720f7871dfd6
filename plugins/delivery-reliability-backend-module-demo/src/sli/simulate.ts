/**
 * One step of simulated traffic: how many requests, how many failed or were
 * slow, and per-minute samples for threshold SLIs. Pure functions of the
 * step start and the service's incident windows.
 */
import { OpenSloOperator } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DemoIncidentWindow, incidentIntensity } from './incidents';
import { DemoSliSignal } from './spec';
import { MINUTE_MS, loadAt, noise, requestsIn, shareOf } from './traffic';

/** Resolved parameters of one simulated SLI stream. @public */
export interface DemoSimulation {
  /** Noise seed of this service and signal. */
  seed: number;
  signal: DemoSliSignal;
  baselineErrorRatio: number;
  incidentErrorRatio: number;
  baselineLatencySeconds: number;
  /** Ratio and raw latency SLIs only. */
  thresholdSeconds?: number;
  incidents: readonly DemoIncidentWindow[];
}

// Noise salts: each quantity draws its own independent number per minute.
const SALT_ERRORS = 4;
const SALT_SLOW = 5;
const SALT_LATENCY = 6;

function errorRatio(sim: DemoSimulation, fromMs: number, toMs: number) {
  const intensity = incidentIntensity(sim.incidents, fromMs, toMs);
  const { baselineErrorRatio: base, incidentErrorRatio: peak } = sim;
  return base + (peak - base) * intensity;
}

/** p95 latency: up 40 % at peak load, up to 4× in a sev1 incident, ±10 % noise. */
function p95Seconds(sim: DemoSimulation, fromMs: number, toMs: number) {
  const intensity = incidentIntensity(sim.incidents, fromMs, toMs);
  return (
    sim.baselineLatencySeconds *
    (1 + 0.4 * loadAt(fromMs)) *
    (0.9 + 0.2 * noise(sim.seed, fromMs, SALT_LATENCY)) *
    (1 + 3 * intensity)
  );
}

/**
 * Share of requests slower than `thresholdSeconds` when latencies are
 * exponential with the given p95: P(X > x) = 20^(−x / p95), so exactly 5 %
 * are slower than the p95 itself.
 */
function slowShare(p95: number, thresholdSeconds: number) {
  return Math.pow(20, -thresholdSeconds / p95);
}

/** Good (succeeded, or fast enough) and total requests of one step. @public */
export function simulateRequests(
  sim: DemoSimulation,
  startMs: number,
  stepMs: number,
): { good: number; total: number } {
  const endMs = startMs + stepMs;
  const total = requestsIn(sim.seed, startMs, stepMs);
  if (sim.signal === 'availability') {
    const failed = shareOf(
      total,
      errorRatio(sim, startMs, endMs),
      noise(sim.seed, startMs, SALT_ERRORS),
    );
    return { good: total - failed, total };
  }
  const slow = shareOf(
    total,
    slowShare(p95Seconds(sim, startMs, endMs), sim.thresholdSeconds ?? 0),
    noise(sim.seed, startMs, SALT_SLOW),
  );
  return { good: total - slow, total };
}

/**
 * The metric value a threshold SLI compares for the minute at `minuteMs`:
 * p95 latency in seconds, or the share of requests that succeeded.
 * @public
 */
export function sampleValue(sim: DemoSimulation, minuteMs: number): number {
  const endMs = minuteMs + MINUTE_MS;
  if (sim.signal === 'latency') return p95Seconds(sim, minuteMs, endMs);
  // Failures come in bursts: ±100 % around the minute's expected ratio.
  const failed =
    errorRatio(sim, minuteMs, endMs) *
    2 *
    noise(sim.seed, minuteMs, SALT_ERRORS);
  return 1 - Math.min(1, failed);
}

/** Whether `value op threshold` holds (OpenSLO objective `op` / `value`). @public */
export function meetsThreshold(
  value: number,
  op: OpenSloOperator,
  threshold: number,
): boolean {
  switch (op) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    default:
      return value >= threshold;
  }
}
