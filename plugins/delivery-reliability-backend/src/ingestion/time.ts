// RFC 3339 §5.6 date-time: a full date, `T` (or a space, per its note), a
// time and a REQUIRED offset. Offset-less local times are ambiguous, so they
// are rejected rather than guessed.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Epoch milliseconds of an RFC 3339 date-time with an offset, or undefined
 * when the text is not one (bad shape or out-of-range field). Parsed by hand
 * because ingestion reads several times per event and `Date.parse` accepts
 * offset-less times.
 */
function parse(value: string): number | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hour = +m[4];
  const minute = +m[5];
  // Leap seconds (:60) cannot be represented as epoch milliseconds.
  const second = +m[6];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  const monthDays =
    month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > monthDays) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== undefined) {
    const offsetHours = +m[9];
    const offsetMins = +m[10];
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = m[7] === undefined ? 0 : +`${m[7]}00`.slice(0, 3);
  return (
    Date.UTC(year, month - 1, day, hour, minute, second, millis) -
    offsetMinutes * 60_000
  );
}

/**
 * True for an RFC 3339 date-time with a time-zone offset, e.g.
 * `2026-01-31T12:00:00Z` or `2026-01-31T13:00:00.5+01:00`.
 * @internal
 */
export function isRfc3339DateTime(value: string): boolean {
  return parse(value) !== undefined;
}

/**
 * Epoch milliseconds of a date-time accepted by {@link isRfc3339DateTime};
 * fractions below a millisecond are dropped.
 * @internal
 */
export function toEpochMs(value: string): number {
  const ms = parse(value);
  if (ms === undefined) {
    throw new TypeError(`Not an RFC 3339 date-time: ${value}`);
  }
  return ms;
}

/** Like {@link toEpochMs} for optional fields. @internal */
export function toOptionalEpochMs(
  value: string | undefined,
): number | undefined {
  return value === undefined ? undefined : toEpochMs(value);
}
