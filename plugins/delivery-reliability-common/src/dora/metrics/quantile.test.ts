import { nearestRank, nearestRankQuantile } from './quantile';

describe('nearest-rank quantiles', () => {
  it('odd n: p50 at rank ⌈0.5·5⌉ = 3, p90 at rank ⌈0.9·5⌉ = ⌈4.5⌉ = 5', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(nearestRankQuantile(sorted, 0.5)).toBe(30);
    expect(nearestRankQuantile(sorted, 0.9)).toBe(50);
  });

  it('even n: p50 at rank ⌈0.5·4⌉ = 2 (no interpolation), p90 at ⌈3.6⌉ = 4', () => {
    const sorted = [10, 20, 30, 40];
    expect(nearestRankQuantile(sorted, 0.5)).toBe(20);
    expect(nearestRankQuantile(sorted, 0.9)).toBe(40);
  });

  it('n = 10: p90 at rank 9; p7 of 100 at rank 7 despite 0.07·100 = 7.000000000000001', () => {
    expect(nearestRank(0.9, 10)).toBe(9);
    expect(nearestRank(0.5, 10)).toBe(5);
    expect(0.07 * 100).not.toBe(7); // the floating-point trap being guarded
    expect(nearestRank(0.07, 100)).toBe(7);
    expect(nearestRank(0.14, 150)).toBe(21);
  });

  it('q = 0 picks the smallest and q = 1 the largest value', () => {
    expect(nearestRank(0, 7)).toBe(1);
    expect(nearestRank(1, 7)).toBe(7);
    expect(nearestRankQuantile([1, 2, 3], 0)).toBe(1);
  });

  it('is null for no values and rejects q outside [0, 1]', () => {
    expect(nearestRankQuantile([], 0.5)).toBeNull();
    expect(() => nearestRank(1.5, 3)).toThrow(RangeError);
    expect(() => nearestRank(Number.NaN, 3)).toThrow(RangeError);
  });
});
