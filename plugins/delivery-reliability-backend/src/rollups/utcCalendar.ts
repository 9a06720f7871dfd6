/** Milliseconds in a UTC day (UTC has no daylight saving; leap seconds are not counted). @internal */
export const DAY_MS = 86_400_000;

/** UTC midnight at or before `ms`. @internal */
export function dayStart(ms: number): number {
  return ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
}

/** UTC midnight at or after `ms`. @internal */
export function dayCeil(ms: number): number {
  const start = dayStart(ms);
  return start === ms ? ms : start + DAY_MS;
}

/** First instant of the UTC calendar month containing `ms`. @internal */
export function monthStart(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** First instant of the UTC calendar month after the one containing `ms`. @internal */
export function nextMonthStart(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Monday 00:00 UTC starting the ISO week containing `ms`. @internal */
export function isoWeekStart(ms: number): number {
  const day = dayStart(ms);
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return day - sinceMonday * DAY_MS;
}

/** A day-aligned range `[fromMs, toMs)`. @internal */
export interface DayRange {
  fromMs: number;
  toMs: number;
}

/** The rollup rows covering a range: whole months, whole ISO weeks, single days. @internal */
export interface RangeSplit {
  months: DayRange[];
  weeks: DayRange[];
  days: DayRange[];
}

/** Whole periods inside `[fromMs, toMs)` and the parts left before and after them. */
function splitBy(
  range: DayRange,
  startOf: (ms: number) => number,
  nextStart: (ms: number) => number,
): { whole?: DayRange; rest: DayRange[] } {
  const first = startOf(range.fromMs) === range.fromMs ? range.fromMs : nextStart(range.fromMs);
  const lastEnd = startOf(range.toMs);
  if (first >= lastEnd) return { rest: range.fromMs < range.toMs ? [range] : [] };
  const rest = [];
  if (range.fromMs < first) rest.push({ fromMs: range.fromMs, toMs: first });
  if (lastEnd < range.toMs) rest.push({ fromMs: lastEnd, toMs: range.toMs });
  return { whole: { fromMs: first, toMs: lastEnd }, rest };
}

/**
 * Splits a day-aligned range into whole UTC months, then what is left into
 * whole ISO weeks, then single days, so a read touches about one row per
 * month plus at most ~4 weeks and 6 days at each edge, instead of a row
 * per day.
 * @internal
 */
export function splitRange(fromMs: number, toMs: number): RangeSplit {
  const byMonth = splitBy({ fromMs, toMs }, monthStart, nextMonthStart);
  const split: RangeSplit = {
    months: byMonth.whole ? [byMonth.whole] : [],
    weeks: [],
    days: [],
  };
  for (const part of byMonth.rest) {
    const byWeek = splitBy(part, isoWeekStart, ms => isoWeekStart(ms) + 7 * DAY_MS);
    if (byWeek.whole) split.weeks.push(byWeek.whole);
    split.days.push(...byWeek.rest);
  }
  return split;
}
