/**
 * Request volume, noise and the per-profile defaults of the SLI simulation.
 * Everything here is arithmetic on the step start, so a 30-day read of
 * 8,640 buckets allocates nothing but the buckets.
 */
import { DemoProfileName } from '../generator';

/** Milliseconds per minute and per hour. */
export const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const FIVE_MINUTES_MS = 5 * MINUTE_MS;

/** Defaults of the simulated traffic, per delivery profile. @public */
export interface DemoSliDefaults {
  baselineErrorRatio: number;
  incidentErrorRatio: number;
  baselineLatencySeconds: number;
}

/**
 * Steady services fail rarely; flaky ones fail more and harder in incidents.
 * @public
 */
export const DEMO_SLI_DEFAULTS: Record<DemoProfileName, DemoSliDefaults> = {
  'fast-steady': {
    baselineErrorRatio: 0.0002,
    incidentErrorRatio: 0.05,
    baselineLatencySeconds: 0.12,
  },
  slow: {
    baselineErrorRatio: 0.0005,
    incidentErrorRatio: 0.03,
    baselineLatencySeconds: 0.3,
  },
  'fast-flaky': {
    baselineErrorRatio: 0.001,
    incidentErrorRatio: 0.1,
    baselineLatencySeconds: 0.2,
  },
};

/**
 * A uniform number in [0, 1) from (stream seed, minute, salt): a 32-bit
 * integer mix (murmur3's finaliser), so noise depends only on the step start
 * and never on how the range was split into reads.
 */
export function noise(seed: number, timeMs: number, salt: number): number {
  const minute = Math.floor(timeMs / MINUTE_MS);
  let h =
    (seed + Math.imul(minute, 0x9e3779b1) + Math.imul(salt, 0x7feb352d)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Relative load in [0, 1]: lowest at 03:00 UTC, highest at 15:00 UTC, and
 * weekends at 70 %, like a storefront's traffic.
 */
export function loadAt(timeMs: number): number {
  const hour = (((timeMs % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
  const daily = 0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 3)) / 24);
  // 1970-01-01 was a Thursday (4), so this is getUTCDay(): 0 Sunday, 6 Saturday.
  const weekday = Math.floor(timeMs / DAY_MS + 4) % 7;
  return weekday === 0 || weekday === 6 ? 0.7 * daily : daily;
}

/**
 * Requests of `[startMs, startMs + stepMs)`: 200 to 1,500 per 5 minutes by
 * load, ±10 % noise, rounded without bias (floor of value plus a uniform).
 */
export function requestsIn(
  seed: number,
  startMs: number,
  stepMs: number,
): number {
  const per5Min = 200 + 1300 * loadAt(startMs);
  const volume =
    per5Min *
    (stepMs / FIVE_MINUTES_MS) *
    (0.9 + 0.2 * noise(seed, startMs, 1));
  return Math.floor(volume + noise(seed, startMs, 2));
}

/** `count` events each happening with probability `share`, rounded without bias. */
export function shareOf(count: number, share: number, random: number): number {
  return Math.min(count, Math.floor(count * share + random));
}
