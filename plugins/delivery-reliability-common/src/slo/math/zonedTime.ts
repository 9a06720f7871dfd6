/**
 * Wall-clock time in an IANA time zone, using only `Intl` (no date library):
 * calendar SLO windows start at local midnight, and local midnight moves
 * against UTC with daylight saving time.
 */

/** A local date and time without zone; `month` is 1–12. @public */
export interface SloWallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// OpenSLO writes `2020-01-21 12:30:00`; the ISO `T` separator and a missing
// time (midnight) or missing seconds are accepted too.
const WALL_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Days in `month` (1–12) of `year`, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY-MM-DD[ HH:mm[:ss]]`; `undefined` when malformed or not a real
 * date (e.g. February 30th).
 * @public
 */
export function parseSloWallTime(text: string): SloWallTime | undefined {
  const m = WALL_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { year, month, day, hour, minute, second };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * True when `Intl` knows `timeZone` as an IANA zone name.
 * @public
 */
export function isValidSloTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at instant `utcMs`, in ms (local − UTC). */
function offsetMs(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const localAsUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  // formatToParts drops milliseconds; compare whole seconds.
  return localAsUtc - Math.floor(utcMs / 1000) * 1000;
}

const ZONE_SEARCH_MS = 36 * 3_600_000;

/**
 * The UTC instant of a wall-clock time in `timeZone`. A time repeated by a
 * fall-back transition maps to its first occurrence; a time skipped by a
 * spring-forward gap maps to the same distance past the gap (02:30 in a
 * 02:00→03:00 gap is 03:30), as `Temporal`'s "compatible" rule does.
 * @public
 */
export function sloWallTimeToUtcMs(
  wall: SloWallTime,
  timeZone: string,
): number {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  // Zones are at most ±14 h from UTC and transitions are months apart, so the
  // offsets 36 h either side are the only two that can apply.
  const offsets = [
    offsetMs(asUtc - ZONE_SEARCH_MS, timeZone),
    offsetMs(asUtc + ZONE_SEARCH_MS, timeZone),
  ];
  const candidates = offsets.map(offset => asUtc - offset);
  const valid = candidates.filter(
    (utc, i) => offsetMs(utc, timeZone) === offsets[i],
  );
  return valid.length > 0 ? Math.min(...valid) : Math.max(...candidates);
}
