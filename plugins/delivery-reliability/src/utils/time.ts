const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** Seconds from `from` to `to` (RFC 3339 strings); NaN when either is unparsable. */
export function secondsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 1000;
}

/** `3 hours ago`, `in 2 days`: the largest whole unit between `iso` and `nowMs`. */
export function formatRelativeTime(iso: string, nowMs: number = Date.now()) {
  const diffSeconds = (Date.parse(iso) - nowMs) / 1000;
  if (!Number.isFinite(diffSeconds)) {
    return iso;
  }
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diffSeconds) >= size) {
      return relativeFormat.format(Math.trunc(diffSeconds / size), unit);
    }
  }
  return 'just now';
}

/** Full date and time in the viewer's locale and time zone, e.g. for tooltips. */
export function formatAbsoluteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return date.toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'long',
  });
}
