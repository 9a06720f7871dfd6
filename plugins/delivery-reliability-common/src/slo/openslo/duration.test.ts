import { fixedDurationMs, parseOpenSloDuration } from './duration';

describe('OpenSLO durations', () => {
  it('parses the shorthand with its case-sensitive postfixes', () => {
    expect(parseOpenSloDuration('28d')).toEqual({
      text: '28d',
      count: 28,
      unit: 'd',
    });
    expect(parseOpenSloDuration('1M')).toEqual({
      text: '1M',
      count: 1,
      unit: 'M',
    });
    expect(parseOpenSloDuration('1m')).toEqual({
      text: '1m',
      count: 1,
      unit: 'm',
    });
    for (const bad of [
      '0d',
      '1.5h',
      '28 days',
      'd',
      '-1d',
      '1D',
      28,
      undefined,
    ]) {
      expect(parseOpenSloDuration(bad)).toBeUndefined();
    }
  });

  it('gives fixed lengths only to minutes, hours, days and weeks', () => {
    // 28 × 86,400,000 ms
    expect(fixedDurationMs(parseOpenSloDuration('28d')!)).toBe(2_419_200_000);
    expect(fixedDurationMs(parseOpenSloDuration('2w')!)).toBe(1_209_600_000);
    expect(fixedDurationMs(parseOpenSloDuration('1Q')!)).toBeUndefined();
  });
});
