import { DoraSeriesBucket } from '../api';

const DAY_MS = 86_400_000;

/** The ranges the Delivery tabs offer, in days. */
export const DORA_RANGE_DAYS = [30, 90, 180, 365] as const;

/** The range a Delivery tab opens with, and the range of the overview card. */
export const DEFAULT_DORA_RANGE_DAYS = 90;

/** A half-open window `[from, to)` the DORA endpoints are asked about. */
export interface DoraQueryWindow {
  from: Date;
  to: Date;
  days: number;
}

/**
 * The `days`-long window ending at the first UTC midnight at or after
 * `nowMs`. Whole UTC days match the backend's daily rollups, so the numbers
 * do not shift within a day and the same window is asked for all day long.
 */
export function doraWindowEndingNow(
  days: number,
  nowMs: number = Date.now(),
): DoraQueryWindow {
  const toMs = Math.ceil(nowMs / DAY_MS) * DAY_MS;
  return { from: new Date(toMs - days * DAY_MS), to: new Date(toMs), days };
}

/** Weekly points up to 90 days (≤ 13 of them), monthly beyond. */
export function doraSeriesBucketFor(days: number): DoraSeriesBucket {
  return days <= 90 ? 'week' : 'month';
}

/**
 * The days a window covers, both ends inclusive (its `to` is exclusive), in
 * UTC: `Feb 11 – May 10, 2024`.
 */
export function formatDoraWindow(window: { from: Date; to: Date }): string {
  const lastDay = new Date(window.to.getTime() - DAY_MS);
  const format = (date: Date, withYear: boolean) =>
    date.toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      ...(withYear && { year: 'numeric' }),
      timeZone: 'UTC',
    });
  const sameYear = window.from.getUTCFullYear() === lastDay.getUTCFullYear();
  return `${format(window.from, !sameYear)} – ${format(lastDay, true)}`;
}
