import { fixedDurationMs } from '../openslo/duration';
import {
  OpenSloCalendarWindow,
  OpenSloDurationUnit,
  OpenSloTimeWindow,
} from '../openslo/types';
import {
  SloWallTime,
  daysInMonth,
  parseSloWallTime,
  sloWallTimeToUtcMs,
} from './zonedTime';

const DAY_MS = 86_400_000;

/** The budgeting period an evaluation looks at, in epoch ms. @public */
export interface SloPeriod {
  /** First instant of the period. */
  startMs: number;
  /** End of the period (exclusive); for a rolling window, the evaluation time. */
  endMs: number;
}

// Average lengths, only to guess which period contains an instant.
const APPROX_UNIT_MS: Record<OpenSloDurationUnit, number> = {
  m: 60_000,
  h: 3_600_000,
  d: DAY_MS,
  w: 7 * DAY_MS,
  M: 30.436875 * DAY_MS,
  Q: 91.310625 * DAY_MS,
  Y: 365.2425 * DAY_MS,
};

const MONTHS_PER_UNIT: Partial<Record<OpenSloDurationUnit, number>> = {
  M: 1,
  Q: 3,
  Y: 12,
};

/**
 * `anchor` moved by `n` units in wall-clock terms, so a monthly window stays
 * on "the 1st, 00:00 local" across DST changes. A day past the end of a
 * shorter month is clamped (Jan 31 + 1M = Feb 28/29).
 */
function startOfPeriod(
  window: OpenSloCalendarWindow,
  anchor: SloWallTime,
  n: number,
): number {
  const { unit, count } = window.duration;
  const fixedMs = fixedDurationMs(window.duration);
  if (unit === 'm' || unit === 'h') {
    return (
      sloWallTimeToUtcMs(anchor, window.timeZone) + n * (fixedMs as number)
    );
  }
  if (unit === 'd' || unit === 'w') {
    const days = n * count * (unit === 'w' ? 7 : 1);
    const date = new Date(
      Date.UTC(anchor.year, anchor.month - 1, anchor.day + days),
    );
    const wall = {
      ...anchor,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    };
    return sloWallTimeToUtcMs(wall, window.timeZone);
  }
  const months =
    anchor.year * 12 +
    (anchor.month - 1) +
    n * count * (MONTHS_PER_UNIT[unit] as number);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(anchor.day, daysInMonth(year, month));
  return sloWallTimeToUtcMs({ ...anchor, year, month, day }, window.timeZone);
}

/**
 * The calendar period containing `atMs`: periods of `duration` follow one
 * another from `calendar.startTime` (in `calendar.timeZone`), forwards and
 * backwards, e.g. `1M` from `2024-01-01 00:00:00` gives local calendar months.
 * @public
 */
export function calendarPeriodAt(
  window: OpenSloCalendarWindow,
  atMs: number,
): SloPeriod {
  const anchor = parseSloWallTime(window.startTime);
  if (!anchor)
    throw new RangeError(`invalid calendar startTime ${window.startTime}`);
  const anchorMs = sloWallTimeToUtcMs(anchor, window.timeZone);
  const approxMs = window.duration.count * APPROX_UNIT_MS[window.duration.unit];
  let n = Math.floor((atMs - anchorMs) / approxMs);
  while (startOfPeriod(window, anchor, n) > atMs) n -= 1;
  while (startOfPeriod(window, anchor, n + 1) <= atMs) n += 1;
  return {
    startMs: startOfPeriod(window, anchor, n),
    endMs: startOfPeriod(window, anchor, n + 1),
  };
}

/**
 * The period an SLO is evaluated over at `nowMs`: the last `duration` for a
 * rolling window, the calendar period containing `nowMs` otherwise (of which
 * only `[startMs, nowMs)` has happened yet).
 * @public
 */
export function sloPeriodAt(
  window: OpenSloTimeWindow,
  nowMs: number,
): SloPeriod {
  if (window.type === 'calendar') return calendarPeriodAt(window, nowMs);
  const durationMs = fixedDurationMs(window.duration);
  if (durationMs === undefined) {
    throw new RangeError(
      `a rolling window needs a fixed duration, got ${window.duration.text}`,
    );
  }
  return { startMs: nowMs - durationMs, endMs: nowMs };
}
