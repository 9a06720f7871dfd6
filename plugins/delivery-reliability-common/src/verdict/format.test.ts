import { formatPerDay, formatRatio, formatSeconds } from './format';

describe('verdict figures', () => {
  it('formats seconds in the largest unit that is at least 1', () => {
    expect(formatSeconds(9 * 86_400)).toBe('9 d');
    // 36 h = 1.5 d
    expect(formatSeconds(36 * 3_600)).toBe('1.5 d');
    // 5 h 30 min = 5.5 h
    expect(formatSeconds(5.5 * 3_600)).toBe('5.5 h');
    // exactly one hour is hours, 59 min 59 s still minutes (rounded: 60 min)
    expect(formatSeconds(3_600)).toBe('1 h');
    expect(formatSeconds(3_599)).toBe('60 min');
    expect(formatSeconds(40 * 60)).toBe('40 min');
    // 90 s = 1.5 min, rounded to whole minutes
    expect(formatSeconds(90)).toBe('2 min');
    expect(formatSeconds(12.4)).toBe('12 s');
    expect(formatSeconds(0)).toBe('0 s');
  });

  it('keeps one decimal at most, dropping a trailing .0', () => {
    // 2 d 2 h 24 min = 2.1 d; 2 d 0 h 57.6 min = 2.04 d → 2 d
    expect(formatSeconds(2.1 * 86_400)).toBe('2.1 d');
    expect(formatSeconds(2.04 * 86_400)).toBe('2 d');
  });

  it('formats a frequency per day from once a day up, per week below', () => {
    expect(formatPerDay(3.4)).toBe('3.4/day');
    expect(formatPerDay(1)).toBe('1/day');
    // 12 in 30 days = 0.4/day = 2.8/week
    expect(formatPerDay(12 / 30)).toBe('2.8/week');
    // 1 in 30 days = 0.0333/day = 0.23/week → 0.2/week
    expect(formatPerDay(1 / 30)).toBe('0.2/week');
    expect(formatPerDay(0)).toBe('0/week');
    expect(formatPerDay(null)).toBe('—');
  });

  it('formats a ratio as a whole percentage, one decimal below 10 %', () => {
    // 9 of 50 = 18 %
    expect(formatRatio(9 / 50)).toBe('18 %');
    // 1 of 12 = 8.33 % → 8.3 %
    expect(formatRatio(1 / 12)).toBe('8.3 %');
    expect(formatRatio(0.045)).toBe('4.5 %');
    expect(formatRatio(0.1)).toBe('10 %');
    // 2 of 3 = 66.7 % → 67 %
    expect(formatRatio(2 / 3)).toBe('67 %');
    expect(formatRatio(0)).toBe('0 %');
    expect(formatRatio(1)).toBe('100 %');
  });
});
