import { budgetCounts } from './budgetCounts';
import { sliRatio } from './budget';

const T = Date.parse('2026-03-01T00:00:00Z'); // a multiple of 10 minutes since the epoch
const MIN = 60_000;
const at = (minutes: number, good: number, total: number) => ({
  startMs: T + minutes * MIN,
  good,
  total,
});

// 5-minute buckets, 10-minute slices:
//   slice [00, 10): 99 + 100 good of 200 → 0.995
//   slice [10, 20): 90 + 100 good of 200 → 0.95
//   slice [20, 30): no events → no data, left out
//   slice [30, 40): 1 good of 1 (one bucket only) → 1
const buckets = [
  at(0, 99, 100),
  at(5, 100, 100),
  at(10, 90, 100),
  at(15, 100, 100),
  at(20, 0, 0),
  at(25, 0, 0),
  at(30, 1, 1),
];
const tenMinutes = 10 * MIN;

describe('budgetCounts', () => {
  it('counts events for Occurrences', () => {
    // 99 + 100 + 90 + 100 + 1 = 390 good of 401
    expect(budgetCounts(buckets, { method: 'Occurrences' })).toEqual({
      good: 390,
      total: 401,
    });
  });

  it('counts good slices among slices with data for Timeslices', () => {
    // timeSliceTarget 0.99: 0.995 good, 0.95 bad, 1 good → 2 good of 3
    const counts = budgetCounts(buckets, {
      method: 'Timeslices',
      timeSliceMs: tenMinutes,
      timeSliceTarget: 0.99,
    });
    expect(counts).toEqual({ good: 2, total: 3 });
    expect(sliRatio(counts)).toBe(0.666666666667);
  });

  it('treats a slice exactly at timeSliceTarget as good', () => {
    // 0.95 ≥ 0.95 → all three slices good
    expect(
      budgetCounts(buckets, {
        method: 'Timeslices',
        timeSliceMs: tenMinutes,
        timeSliceTarget: 0.95,
      }),
    ).toEqual({ good: 3, total: 3 });
  });

  it('averages slice ratios for RatioTimeslices', () => {
    // (0.995 + 0.95 + 1) / 3 = 2.945 / 3 = 0.981666…
    const counts = budgetCounts(buckets, {
      method: 'RatioTimeslices',
      timeSliceMs: tenMinutes,
    });
    expect(counts).toEqual({ good: 2.945, total: 3 });
    expect(sliRatio(counts)).toBe(0.981666666667);
  });

  it('has no slices and so no data without events', () => {
    expect(
      budgetCounts([at(20, 0, 0)], {
        method: 'Timeslices',
        timeSliceMs: tenMinutes,
        timeSliceTarget: 0.9,
      }),
    ).toEqual({ good: 0, total: 0 });
  });

  it('needs a slice length and target for time slices', () => {
    expect(() => budgetCounts(buckets, { method: 'RatioTimeslices' })).toThrow(
      RangeError,
    );
    expect(() =>
      budgetCounts(buckets, { method: 'Timeslices', timeSliceMs: tenMinutes }),
    ).toThrow(RangeError);
  });
});
