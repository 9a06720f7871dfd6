/**
 * Which planned production deployments a service makes on one day. The count
 * has its own PRNG stream so version numbers can be computed for any day
 * without generating the days before it.
 */
import { DAY_MS, sampleDeployTime } from './calendar';
import { DemoProfile } from './profiles';
import { chance, poisson, seededRandom } from './prng';

/** Identifies one service's stream of demo data. @public */
export interface DemoStream {
  /** Full entity ref, e.g. `component:default/checkout-api`. */
  entityRef: string;
  profile: DemoProfile;
  /** Seed of the whole demo; the same seed always gives the same events. */
  seed: number;
}

/** Number of planned production deployments on the day starting at `dayStartMs`. @public */
export function plannedDeployCount(
  stream: DemoStream,
  dayStartMs: number,
): number {
  const mean = stream.profile.deploysPerDay[new Date(dayStartMs).getUTCDay()];
  const random = seededRandom(
    stream.seed,
    stream.entityRef,
    dayStartMs,
    'count',
  );
  // Bernoulli below one a day keeps release trains close to their schedule.
  return mean < 1 ? Number(chance(random, mean)) : poisson(random, mean);
}

/** Planned production deployment start times of one day, ascending. @public */
export function plannedDeployTimes(
  stream: DemoStream,
  dayStartMs: number,
): number[] {
  const count = plannedDeployCount(stream, dayStartMs);
  const random = seededRandom(
    stream.seed,
    stream.entityRef,
    dayStartMs,
    'times',
  );
  return Array.from({ length: count }, () =>
    sampleDeployTime(random, dayStartMs),
  ).sort((a, b) => a - b);
}

// Monday 2020-01-06: week numbers (the minor version) count from here.
const FIRST_WEEK_MS = Date.UTC(2020, 0, 6);
const WEEK_MS = 7 * DAY_MS;
// How far back a rollback looks for the version it returns to.
const VERSION_LOOKBACK_WEEKS = 8;

function weekOf(dayStartMs: number) {
  const week = Math.floor((dayStartMs - FIRST_WEEK_MS) / WEEK_MS);
  return { week, weekStartMs: FIRST_WEEK_MS + week * WEEK_MS };
}

function formatVersion(week: number, patch: number): string {
  // A new minor version every week, a new major one every year.
  return `${1 + Math.floor(week / 52)}.${((week % 52) + 52) % 52}.${patch}`;
}

function deploysBefore(
  stream: DemoStream,
  weekStartMs: number,
  dayStartMs: number,
) {
  let count = 0;
  for (let day = weekStartMs; day < dayStartMs; day += DAY_MS) {
    count += plannedDeployCount(stream, day);
  }
  return count;
}

/**
 * Semver of the `index`-th planned deployment of a day, e.g. `6.14.3`: the
 * minor version is the week, the patch counts that week's deployments.
 * @public
 */
export function plannedVersion(
  stream: DemoStream,
  dayStartMs: number,
  index: number,
): string {
  const { week, weekStartMs } = weekOf(dayStartMs);
  return formatVersion(
    week,
    deploysBefore(stream, weekStartMs, dayStartMs) + index,
  );
}

/**
 * Version of the planned deployment before the `index`-th one of a day: what
 * a rollback of that deployment returns to.
 * @public
 */
export function previousVersion(
  stream: DemoStream,
  dayStartMs: number,
  index: number,
): string {
  const { week, weekStartMs } = weekOf(dayStartMs);
  const patch = deploysBefore(stream, weekStartMs, dayStartMs) + index;
  if (patch > 0) {
    return formatVersion(week, patch - 1);
  }
  for (let back = 1; back <= VERSION_LOOKBACK_WEEKS; back++) {
    const start = weekStartMs - back * WEEK_MS;
    const count = deploysBefore(stream, start, start + WEEK_MS);
    if (count > 0) {
      return formatVersion(week - back, count - 1);
    }
  }
  return formatVersion(week - VERSION_LOOKBACK_WEEKS, 0);
}
