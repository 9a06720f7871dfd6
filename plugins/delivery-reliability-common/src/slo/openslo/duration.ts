import { OpenSloDuration, OpenSloDurationUnit } from './types';
import { IssueSink, childPath } from './issues';

// OpenSLO v1 "duration-shorthand": a positive integer and one case-sensitive postfix.
const SHORTHAND = /^([1-9][0-9]*)([mhdwMQY])$/;

const FIXED_UNIT_MS: Partial<Record<OpenSloDurationUnit, number>> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** The fix every duration error names. */
export const DURATION_FIX =
  'a positive integer followed by m, h, d, w, M, Q or Y, e.g. 28d';

/**
 * Parses an OpenSLO duration shorthand (`5m`, `28d`, `1M`, `1Q`); `undefined`
 * for anything else. Months, quarters and years have no fixed length, so
 * {@link fixedDurationMs} answers `undefined` for them.
 * @public
 */
export function parseOpenSloDuration(
  text: unknown,
): OpenSloDuration | undefined {
  if (typeof text !== 'string') return undefined;
  const match = SHORTHAND.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]);
  if (!Number.isSafeInteger(count)) return undefined;
  return { text, count, unit: match[2] as OpenSloDurationUnit };
}

/**
 * Length in milliseconds of a duration in minutes, hours, days or weeks
 * (a day is 24 h); `undefined` for months, quarters and years.
 * @public
 */
export function fixedDurationMs(duration: OpenSloDuration): number | undefined {
  const unitMs = FIXED_UNIT_MS[duration.unit];
  return unitMs === undefined ? undefined : duration.count * unitMs;
}

/** A required duration field, reported with the shorthand fix. */
export function readDuration(
  parent: Record<string, unknown>,
  key: string,
  path: string,
  sink: IssueSink,
): OpenSloDuration | undefined {
  const value = parent[key];
  const duration = parseOpenSloDuration(value);
  if (duration) return duration;
  return sink.invalid(
    childPath(path, key),
    `${key} must be a duration: ${DURATION_FIX}`,
    value,
  );
}
