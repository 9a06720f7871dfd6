import { isRfc3339DateTime, toEpochMs } from './time';

describe('isRfc3339DateTime', () => {
  it.each([
    '2026-01-31T12:00:00Z',
    '2026-01-31t12:00:00z',
    '2026-01-31 12:00:00Z',
    '2026-01-31T13:00:00.5+01:00',
    '2023-03-20T14:27:05.315384Z',
    '2024-02-29T00:00:00-05:30',
  ])('accepts %s', value => {
    expect(isRfc3339DateTime(value)).toBe(true);
  });

  it.each([
    ['2026-01-01T00:00:00', 'no offset'],
    ['2026-01-01', 'date only'],
    ['2026-01-01T00:00Z', 'no seconds'],
    ['2026-01-01T00:00:00+0100', 'offset without colon'],
    ['2026-02-29T00:00:00Z', 'not a leap year'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T00:00:00+24:00', 'offset hour 24'],
    ['1767225600000', 'epoch milliseconds'],
  ])('rejects %s (%s)', value => {
    expect(isRfc3339DateTime(value)).toBe(false);
  });
});

describe('toEpochMs', () => {
  it('reads instants across offsets and separators', () => {
    // 2026-01-01T00:00:00Z is 1,767,225,600 s after the epoch.
    expect(toEpochMs('2026-01-01T00:00:00Z')).toBe(1_767_225_600_000);
    expect(toEpochMs('2026-01-01T01:00:00+01:00')).toBe(1_767_225_600_000);
    expect(toEpochMs('2026-01-01 00:00:00.250z')).toBe(1_767_225_600_250);
  });
});

describe('toEpochMs precision', () => {
  it('keeps milliseconds and drops finer fractions', () => {
    expect(toEpochMs('2023-03-20T14:27:05.315384Z')).toBe(
      Date.parse('2023-03-20T14:27:05.315Z'),
    );
    expect(toEpochMs('2026-01-01T00:00:00.5Z')).toBe(1_767_225_600_500);
    expect(toEpochMs('2025-12-31T19:00:00-05:00')).toBe(1_767_225_600_000);
    expect(toEpochMs('2024-02-29T23:59:59+14:00')).toBe(
      Date.parse('2024-02-29T09:59:59Z'),
    );
  });

  it('throws on text it does not accept', () => {
    expect(() => toEpochMs('2026-01-01T00:00:00')).toThrow(
      'Not an RFC 3339 date-time',
    );
  });
});
