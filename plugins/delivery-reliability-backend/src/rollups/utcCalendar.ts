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
