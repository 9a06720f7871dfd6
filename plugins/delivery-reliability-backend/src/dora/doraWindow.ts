import { InputError } from '@backstage/errors';
import { DoraWindowInfo } from '@delivery-reliability/plugin-delivery-reliability-common';
import { isRfc3339DateTime, toEpochMs } from '../ingestion/time';
import {
  DAY_MS,
  dayCeil,
  dayStart,
  isoWeekStart,
  nextMonthStart,
} from '../rollups/utcCalendar';

/** A day-aligned half-open window `[fromMs, toMs)`. @internal */
export interface DayWindow {
  fromMs: number;
  toMs: number;
}

/** Default window length: 90 days (DESIGN.md). @internal */
export const DEFAULT_WINDOW_DAYS = 90;
/** Longest window a request may ask for (ten years), bounding a read's cost. @internal */
export const MAX_WINDOW_DAYS = 3_660;

function readTime(
  name: 'from' | 'to',
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (!isRfc3339DateTime(value)) {
    throw new InputError(
      `${name} must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T00:00:00Z), got "${value}"`,
    );
  }
  return toEpochMs(value);
}

/**
 * The window of a request, aligned outward to whole UTC days (rollups are
 * per day). Without `to`: the next UTC midnight; without `from`: 90 days
 * before `to`.
 * @internal
 */
export function readDayWindow(
  query: { from?: string; to?: string },
  nowMs: number = Date.now(),
): DayWindow {
  const from = readTime('from', query.from);
  const to = readTime('to', query.to);
  const toMs = to === undefined ? dayStart(nowMs) + DAY_MS : dayCeil(to);
  const fromMs =
    from === undefined ? toMs - DEFAULT_WINDOW_DAYS * DAY_MS : dayStart(from);
  if (fromMs >= toMs) {
    throw new InputError(
      `from must be before to; got from ${new Date(
        fromMs,
      ).toISOString()} and to ${new Date(
        toMs,
      ).toISOString()} (after aligning to whole UTC days)`,
    );
  }
  const days = (toMs - fromMs) / DAY_MS;
  if (days > MAX_WINDOW_DAYS) {
    throw new InputError(
      `from and to span ${days} days; ask for at most ${MAX_WINDOW_DAYS} days`,
    );
  }
  return { fromMs, toMs };
}

/** The window of the same length just before `window`, for deltas. @internal */
export function previousWindowOf(window: DayWindow): DayWindow {
  return { fromMs: 2 * window.fromMs - window.toMs, toMs: window.fromMs };
}

/** A window as the API echoes it. @internal */
export function windowInfoOf(window: DayWindow): DoraWindowInfo {
  return {
    from: new Date(window.fromMs).toISOString(),
    to: new Date(window.toMs).toISOString(),
    days: (window.toMs - window.fromMs) / DAY_MS,
  };
}

/**
 * The ISO weeks (Monday 00:00 UTC) or UTC calendar months overlapping the
 * window, each clipped to it, so the points add up to the window exactly.
 * @internal
 */
export function seriesBuckets(
  window: DayWindow,
  bucket: 'week' | 'month',
): DayWindow[] {
  const buckets: DayWindow[] = [];
  let start = window.fromMs;
  while (start < window.toMs) {
    const end =
      bucket === 'week'
        ? isoWeekStart(start) + 7 * DAY_MS
        : nextMonthStart(start);
    buckets.push({ fromMs: start, toMs: Math.min(end, window.toMs) });
    start = end;
  }
  return buckets;
}
