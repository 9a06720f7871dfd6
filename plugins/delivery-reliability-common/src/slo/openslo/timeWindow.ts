import { isValidSloTimeZone, parseSloWallTime } from '../math/zonedTime';
import { fixedDurationMs, readDuration } from './duration';
import { IssueSink, childPath, isRecord } from './issues';
import { OpenSloTimeWindow } from './types';

const EXAMPLE = '[{ duration: 28d, isRolling: true }]';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * YAML 1.1 loaders (js-yaml's default schema) turn `2024-01-01 00:00:00`
 * into a Date at that time in UTC; its UTC fields are the wall time written.
 */
function asWallTimeText(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(
    value.getUTCDate(),
  )}`;
  return `${date} ${pad(value.getUTCHours())}:${pad(
    value.getUTCMinutes(),
  )}:${pad(value.getUTCSeconds())}`;
}

/**
 * Parses `spec.timeWindow`. OpenSLO v1 makes it a list of exactly one window;
 * a bare mapping is accepted too since that is a common slip. The spec lets
 * the window be omitted, but a budget needs a period, so it is required here.
 */
export function parseTimeWindow(
  value: unknown,
  path: string,
  sink: IssueSink,
): OpenSloTimeWindow | undefined {
  if (Array.isArray(value) && value.length !== 1) {
    return sink.invalid(
      path,
      `timeWindow must be a list with exactly one window, e.g. ${EXAMPLE}`,
      value,
    );
  }
  const item = Array.isArray(value) ? value[0] : value;
  const itemPath = Array.isArray(value) ? childPath(path, 0) : path;
  if (!isRecord(item)) {
    return sink.invalid(
      path,
      `timeWindow is required: a list with one window, e.g. ${EXAMPLE}`,
      value,
    );
  }
  const before = sink.count;
  const duration = readDuration(item, 'duration', itemPath, sink);
  const { calendar, isRolling } = item;

  if (calendar === undefined) {
    if (isRolling !== true) {
      sink.invalid(
        childPath(itemPath, 'isRolling'),
        'isRolling must be true for a window without calendar (or add calendar: { startTime, timeZone })',
        isRolling,
      );
    }
    if (duration && fixedDurationMs(duration) === undefined) {
      sink.add(
        childPath(itemPath, 'duration'),
        `a rolling window needs a fixed length in m, h, d or w, e.g. 28d; ${duration.text} needs a calendar window`,
      );
    }
    if (sink.count > before || !duration) return undefined;
    return { type: 'rolling', duration };
  }

  const calendarPath = childPath(itemPath, 'calendar');
  if (!isRecord(calendar)) {
    return sink.invalid(
      calendarPath,
      'calendar must be a mapping, e.g. { startTime: 2024-01-01 00:00:00, timeZone: UTC }',
      calendar,
    );
  }
  if (isRolling === true) {
    sink.add(
      childPath(itemPath, 'isRolling'),
      'isRolling must be false or omitted for a calendar window',
    );
  }
  const { timeZone } = calendar;
  const startTime = asWallTimeText(calendar.startTime);
  if (typeof startTime !== 'string' || !parseSloWallTime(startTime)) {
    sink.invalid(
      childPath(calendarPath, 'startTime'),
      'startTime must be a date and time without zone, e.g. 2024-01-01 00:00:00',
      startTime,
    );
  }
  if (typeof timeZone !== 'string' || !isValidSloTimeZone(timeZone)) {
    sink.invalid(
      childPath(calendarPath, 'timeZone'),
      'timeZone must be an IANA time zone name, e.g. Europe/Berlin or UTC',
      timeZone,
    );
  }
  if (sink.count > before || !duration) return undefined;
  return {
    type: 'calendar',
    duration,
    startTime: startTime as string,
    timeZone: timeZone as string,
  };
}
