import { OpenSloCalendarWindow, OpenSloDurationUnit } from '../openslo/types';
import { calendarPeriodAt, sloPeriodAt } from './period';
import { parseSloWallTime, sloWallTimeToUtcMs } from './zonedTime';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

function calendar(
  duration: string,
  startTime: string,
  timeZone = 'UTC',
): OpenSloCalendarWindow {
  const unit = duration.slice(-1) as OpenSloDurationUnit;
  return {
    type: 'calendar',
    duration: { text: duration, count: Number(duration.slice(0, -1)), unit },
    startTime,
    timeZone,
  };
}

function periodOf(window: OpenSloCalendarWindow, when: string) {
  const p = calendarPeriodAt(window, at(when));
  return [iso(p.startMs), iso(p.endMs)];
}

describe('SLO periods', () => {
  it('is the last duration for a rolling window', () => {
    const now = at('2026-03-29T12:00:00Z');
    expect(
      sloPeriodAt(
        { type: 'rolling', duration: { text: '28d', count: 28, unit: 'd' } },
        now,
      ),
    ).toEqual({
      startMs: at('2026-03-01T12:00:00Z'),
      endMs: now,
    });
  });

  it('follows local months across a DST change', () => {
    // Berlin: March 1st 00:00 is CET (UTC+1), April 1st 00:00 is CEST (UTC+2);
    // the period is 31 days less the hour lost on March 31st
    expect(
      periodOf(
        calendar('1M', '2024-01-01 00:00:00', 'Europe/Berlin'),
        '2024-03-31T12:00:00Z',
      ),
    ).toEqual(['2024-02-29T23:00:00.000Z', '2024-03-31T22:00:00.000Z']);
  });

  it('counts quarters and weeks from the start time, also backwards', () => {
    expect(
      periodOf(calendar('1Q', '2024-01-01'), '2024-05-15T00:00:00Z'),
    ).toEqual(['2024-04-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z']);
    // 2024-01-01 is a Monday: weeks run Monday to Monday
    expect(
      periodOf(calendar('1w', '2024-01-01'), '2024-01-10T05:00:00Z'),
    ).toEqual(['2024-01-08T00:00:00.000Z', '2024-01-15T00:00:00.000Z']);
    expect(
      periodOf(calendar('1M', '2024-01-01'), '2023-12-20T00:00:00Z'),
    ).toEqual(['2023-12-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it('starts a period exactly at its boundary (half-open)', () => {
    expect(
      periodOf(calendar('1M', '2024-01-01'), '2024-02-01T00:00:00Z'),
    ).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
  });

  it('clamps a start day that a shorter month lacks', () => {
    // from January 31st: February 29th (2024 is a leap year), then March 31st
    expect(
      periodOf(calendar('1M', '2024-01-31'), '2024-03-01T00:00:00Z'),
    ).toEqual(['2024-02-29T00:00:00.000Z', '2024-03-31T00:00:00.000Z']);
  });
});

describe('wall time in a time zone', () => {
  it('maps a time in a spring-forward gap past the gap', () => {
    // New York 2024-03-10 02:30 does not exist (02:00 → 03:00); it means 03:30 EDT = 07:30Z
    expect(
      iso(
        sloWallTimeToUtcMs(
          parseSloWallTime('2024-03-10 02:30:00')!,
          'America/New_York',
        ),
      ),
    ).toBe('2024-03-10T07:30:00.000Z');
  });

  it('maps a repeated fall-back time to its first occurrence', () => {
    // 2024-11-03 01:30 happens twice; the first is EDT (UTC−4) = 05:30Z
    expect(
      iso(
        sloWallTimeToUtcMs(
          parseSloWallTime('2024-11-03 01:30')!,
          'America/New_York',
        ),
      ),
    ).toBe('2024-11-03T05:30:00.000Z');
  });

  it('rejects impossible dates and times', () => {
    expect(parseSloWallTime('2023-02-29')).toBeUndefined();
    expect(parseSloWallTime('2024-01-01 24:00:00')).toBeUndefined();
    expect(parseSloWallTime('2024-01-01T00:00:00Z')).toBeUndefined();
    expect(parseSloWallTime('2024-01-01T08:15')).toEqual({
      year: 2024,
      month: 1,
      day: 1,
      hour: 8,
      minute: 15,
      second: 0,
    });
  });
});
