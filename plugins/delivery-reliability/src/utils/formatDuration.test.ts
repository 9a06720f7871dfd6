import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [42, '42 s'],
    [60, '1 min'],
    [65, '1 min 5 s'],
    [3 * 3600 + 5 * 60 + 59, '3 h 5 min'],
    [2 * 86400 + 3 * 3600 + 59 * 60, '2 d 3 h'],
    [2 * 86400 + 59 * 60, '2 d'],
    [-90, '−1 min 30 s'],
    [NaN, '—'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
