import { QuantileSketch } from '@delivery-reliability/plugin-delivery-reliability-common';
import { BucketCounts } from './BucketCounts';

const QS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1];

/** Bucket counts of `values` (seconds), as a sketch would count them. */
function countsOf(values: readonly number[], sign: 1 | -1 = 1) {
  const counts = new BucketCounts();
  for (const value of values) {
    if (value === 0) counts.zeroCount += sign;
    else counts.add(QuantileSketch.bucketIndexOf(value), sign);
  }
  return counts;
}

const sketchOf = (values: readonly number[]) =>
  values.reduce((sketch, v) => sketch.add(v), new QuantileSketch());

describe('BucketCounts', () => {
  it('answers a worked example with the bucket of the nearest-rank value', () => {
    // sorted [0, 0, 10, 20, 30, 40, 3600]; n = 7
    // p25: rank ⌈1.75⌉ = 2 → 0 (the zeros); p50: rank ⌈3.5⌉ = 4 → 20;
    // p90: rank ⌈6.3⌉ = 7 → 3600 — each reported as its bucket's value.
    const counts = countsOf([30, 0, 3600, 10, 40, 0, 20]);
    expect(counts.total()).toBe(7);
    expect(counts.quantiles([0.25, 0.5, 0.9])).toEqual([
      0,
      QuantileSketch.bucketValueOf(QuantileSketch.bucketIndexOf(20)),
      QuantileSketch.bucketValueOf(QuantileSketch.bucketIndexOf(3600)),
    ]);
    const [, p50, p90] = counts.quantiles([0.25, 0.5, 0.9]);
    expect(Math.abs(p50! - 20) / 20).toBeLessThanOrEqual(0.01);
    expect(Math.abs(p90! - 3600) / 3600).toBeLessThanOrEqual(0.01);
  });

  it('gives exactly the numbers QuantileSketch.quantile gives', () => {
    // Hand-made spreads: sub-second to a month, ties, zeros, one value.
    const cases = [
      [5],
      [0],
      [0, 0, 1],
      [0.001, 0.002, 0.5, 1, 1, 1, 59.9, 60, 61, 3600, 86_400, 2_592_000],
      Array.from({ length: 200 }, (_, i) => (i % 17) * 37.5 + (i % 3) * 0.25),
    ];
    for (const values of cases) {
      const sketch = sketchOf(values);
      expect({ values, q: countsOf(values).quantiles(QS) }).toEqual({
        values,
        q: QS.map(q => sketch.quantile(q)),
      });
    }
    expect(new BucketCounts().quantiles([0.5])).toEqual([null]);
    expect(() => new BucketCounts().quantiles([1.5])).toThrow(RangeError);
  });

  it('adds and subtracts other counts across growing ranges', () => {
    // Far-apart buckets make the dense range grow both ways.
    const later = [0.001, 1, 1e9, 5, 5, 0, 1e5];
    const earlier = [1, 5, 0];
    const window = countsOf(later);
    window.addAll(countsOf(earlier), -1);
    // later minus earlier = [0.001, 1e9, 5, 1e5]
    const expected = sketchOf([0.001, 1e9, 5, 1e5]);
    expect(window.total()).toBe(4);
    expect(window.quantiles(QS)).toEqual(QS.map(q => expected.quantile(q)));

    const batch = new BucketCounts();
    batch.addBuckets([-300, 2, 900], [1, 4, 2], 3, 1);
    batch.addBuckets([2], [1], 1, -1);
    const single = new BucketCounts();
    [-300, 2, 2, 2, 900, 900].forEach(i => single.add(i, 1));
    expect(batch.encode()).toBe(single.encode());
  });

  it('refuses to answer from negative totals', () => {
    const broken = countsOf([10]);
    broken.addAll(countsOf([10, 20]), -1);
    expect(() => broken.quantiles([0.5])).toThrow(
      'Rollup totals went negative; rebuild the rollups',
    );
  });
});
