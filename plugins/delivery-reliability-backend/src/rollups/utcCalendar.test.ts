import { dayCeil, dayStart, isoWeekStart, monthStart } from './utcCalendar';

const t = (iso: string) => Date.parse(iso);

describe('utcCalendar', () => {
  it('aligns to UTC days, ISO weeks and months, also before 1970', () => {
    expect(dayStart(t('2026-03-02T23:59:59.999Z'))).toBe(
      t('2026-03-02T00:00:00Z'),
    );
    expect(dayStart(t('1969-12-31T12:00:00Z'))).toBe(t('1969-12-31T00:00:00Z'));
    expect(dayCeil(t('2026-03-02T00:00:00Z'))).toBe(t('2026-03-02T00:00:00Z'));
    expect(dayCeil(t('2026-03-02T00:00:00.001Z'))).toBe(
      t('2026-03-03T00:00:00Z'),
    );
    // Sunday Mar 1, 2026 belongs to the ISO week starting Monday Feb 23.
    expect(isoWeekStart(t('2026-03-01T12:00:00Z'))).toBe(
      t('2026-02-23T00:00:00Z'),
    );
    expect(isoWeekStart(t('2026-03-02T00:00:00Z'))).toBe(
      t('2026-03-02T00:00:00Z'),
    );
    expect(monthStart(t('2024-02-29T10:00:00Z'))).toBe(
      t('2024-02-01T00:00:00Z'),
    );
  });
});
