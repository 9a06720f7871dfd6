import { splitTimeWindow, toRfc3339 } from './timeWindows';

describe('splitTimeWindow', () => {
  it('cuts a span into windows no longer than the maximum, oldest first', () => {
    // 0..25 with windows of 10: [0,10) [10,20) [20,25)
    expect(splitTimeWindow(0, 25, 10)).toEqual([
      { fromMs: 0, toMs: 10 },
      { fromMs: 10, toMs: 20 },
      { fromMs: 20, toMs: 25 },
    ]);
  });

  it('gives one window when the span fits and none when it is empty', () => {
    expect(splitTimeWindow(5, 8, 10)).toEqual([{ fromMs: 5, toMs: 8 }]);
    expect(splitTimeWindow(8, 8, 10)).toEqual([]);
  });

  it('rejects a non-positive maximum', () => {
    expect(() => splitTimeWindow(0, 1, 0)).toThrow(/maxSpanMs/);
  });
});

describe('toRfc3339', () => {
  it('normalises offsets to UTC and rejects junk', () => {
    expect(toRfc3339('2026-03-01T14:30:00+02:00')).toBe(
      '2026-03-01T12:30:00.000Z',
    );
    expect(toRfc3339('not a date')).toBeUndefined();
    expect(toRfc3339(null)).toBeUndefined();
  });
});
