import {
  dayCeil,
  dayStart,
  isoWeekStart,
  monthStart,
  splitRange,
} from './utcCalendar';

const t = (iso: string) => Date.parse(iso);

describe('utcCalendar', () => {
  it('aligns to UTC days, ISO weeks and months, also before 1970', () => {
    expect(dayStart(t('2026-03-02T23:59:59.999Z'))).toBe(t('2026-03-02T00:00:00Z'));
    expect(dayStart(t('1969-12-31T12:00:00Z'))).toBe(t('1969-12-31T00:00:00Z'));
    expect(dayCeil(t('2026-03-02T00:00:00Z'))).toBe(t('2026-03-02T00:00:00Z'));
    expect(dayCeil(t('2026-03-02T00:00:00.001Z'))).toBe(t('2026-03-03T00:00:00Z'));
    // Sunday Mar 1, 2026 belongs to the ISO week starting Monday Feb 23.
    expect(isoWeekStart(t('2026-03-01T12:00:00Z'))).toBe(t('2026-02-23T00:00:00Z'));
    expect(isoWeekStart(t('2026-03-02T00:00:00Z'))).toBe(t('2026-03-02T00:00:00Z'));
    expect(monthStart(t('2024-02-29T10:00:00Z'))).toBe(t('2024-02-01T00:00:00Z'));
  });

  it('splits a range into whole months, then whole ISO weeks, then days', () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const split = (from: string, to: string) => {
      const s = splitRange(t(from), t(to));
      const list = (rs: Array<{ fromMs: number; toMs: number }>) =>
        rs.map(r => `${day(r.fromMs)}..${day(r.toMs)}`);
      return { months: list(s.months), weeks: list(s.weeks), days: list(s.days) };
    };
    // Thu Jan 15 – Fri Apr 10, 2026: Feb–Mar whole; before them Thu–Sun
    // Jan 15–18, the week of Mon Jan 19, Mon–Sat Jan 26–31; after them
    // Wed Apr 1 – Thu Apr 9 (no whole week).
    expect(split('2026-01-15T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual({
      months: ['2026-02-01..2026-04-01'],
      weeks: ['2026-01-19..2026-01-26'],
      days: ['2026-01-15..2026-01-19', '2026-01-26..2026-02-01', '2026-04-01..2026-04-10'],
    });
    expect(split('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual({
      months: ['2026-02-01..2026-03-01'],
      weeks: [],
      days: [],
    });
    // No whole month: weeks Feb 9 and 16 (Mon) inside Tue Feb 3 – Thu Feb 26.
    expect(split('2026-02-03T00:00:00Z', '2026-02-26T00:00:00Z')).toEqual({
      months: [],
      weeks: ['2026-02-09..2026-02-23'],
      days: ['2026-02-03..2026-02-09', '2026-02-23..2026-02-26'],
    });
    expect(split('2026-02-03T00:00:00Z', '2026-02-03T00:00:00Z')).toEqual({
      months: [],
      weeks: [],
      days: [],
    });
  });
});
