/**
 * Time helpers of the generator. The demo organisation works on UTC office
 * hours, so merges and deploys cluster on weekday working hours.
 */
import { Random, uniform, weightedPick } from './prng';

/** Milliseconds per minute, hour and day. @public */
export const MINUTE_MS = 60_000;
/** @public */
export const HOUR_MS = 60 * MINUTE_MS;
/** @public */
export const DAY_MS = 24 * HOUR_MS;

// Relative activity per UTC hour on a weekday: busy mornings and afternoons,
// a lunch dip, a quiet evening and almost nothing at night.
const HOUR_ACTIVITY = [
  0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.3, 0.6, 1, 1, 1, 0.5, 1, 1, 1, 1,
  0.6, 0.3, 0.15, 0.05, 0.03, 0.02, 0.02,
];
const WEEKEND_ACTIVITY = 0.1;

/** Start (00:00 UTC) of the day containing `timeMs`. @public */
export function startOfUtcDay(timeMs: number): number {
  return Math.floor(timeMs / DAY_MS) * DAY_MS;
}

/** True on Saturday and Sunday (UTC). @public */
export function isWeekend(timeMs: number): boolean {
  const weekday = new Date(timeMs).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** `YYYYMMDD` of the UTC day, used in event ids. @public */
export function dayKey(dayStartMs: number): string {
  return new Date(dayStartMs).toISOString().slice(0, 10).replace(/-/g, '');
}

/** RFC 3339 timestamp in UTC (`Z` offset), whole seconds. @public */
export function toTimestamp(timeMs: number): string {
  return new Date(Math.floor(timeMs / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** Relative activity (0..1] of people at `timeMs`. @public */
export function activityAt(timeMs: number): number {
  const hourActivity = HOUR_ACTIVITY[new Date(timeMs).getUTCHours()];
  return isWeekend(timeMs) ? hourActivity * WEEKEND_ACTIVITY : hourActivity;
}

// Planned deploys happen from 07:00 to 19:59 UTC, weighted by activity.
const DEPLOY_HOUR_WEIGHTS: Record<string, number> = Object.fromEntries(
  HOUR_ACTIVITY.map((weight, hour) => [String(hour), weight]).filter(
    ([hour]) => Number(hour) >= 7 && Number(hour) <= 19,
  ),
);

/** A planned deployment start within the day, weighted to working hours. @public */
export function sampleDeployTime(random: Random, dayStartMs: number): number {
  const hour = Number(weightedPick(random, DEPLOY_HOUR_WEIGHTS));
  return dayStartMs + hour * HOUR_MS + Math.floor(random() * 60) * MINUTE_MS;
}

/**
 * A time in `[fromMs, toMs)` weighted by {@link activityAt} (rejection
 * sampling), so merges fall mostly in working hours. Falls back to a uniform
 * time when the window has almost no working time.
 * @public
 */
export function sampleWorkTime(
  random: Random,
  fromMs: number,
  toMs: number,
): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = uniform(random, fromMs, toMs);
    if (random() < activityAt(candidate)) {
      return candidate;
    }
  }
  return uniform(random, fromMs, toMs);
}
