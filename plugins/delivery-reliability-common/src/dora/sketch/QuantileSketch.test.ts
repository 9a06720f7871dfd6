import { nearestRankQuantile, sortAscending } from '../metrics/quantile';
import { QuantileSketch } from './QuantileSketch';

/** mulberry32: a tiny seeded PRNG, so every run sees the same "random" data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QS = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];
// α plus floating-point slack at bucket boundaries.
const TOLERANCE = QuantileSketch.DEFAULT_RELATIVE_ACCURACY * (1 + 1e-9);

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch();
  for (const v of values) sketch.add(v);
  return sketch;
}

/**
 * The largest relative error of the sketch against the exact nearest-rank
 * quantiles over QS (an exact 0 must come back as exactly 0).
 */
function maxRelativeError(
  sketch: QuantileSketch,
  values: readonly number[],
): number {
  const sorted = sortAscending(values);
  return Math.max(
    ...QS.map(q => {
      const exact = nearestRankQuantile(sorted, q)!;
      const approx = sketch.quantile(q)!;
      if (exact === 0) return approx === 0 ? 0 : Infinity;
      return Math.abs(approx - exact) / exact;
    }),
  );
}

describe('QuantileSketch accuracy', () => {
  it('matches a small worked example within 1 %', () => {
    // sorted [0, 0.25, 1, 60, 3 600]; p50 rank ⌈2.5⌉ = 3 → 1 s; p90 rank ⌈4.5⌉ = 5 → 3 600 s
    const sketch = sketchOf([3600, 0, 60, 0.25, 1]);
    expect(sketch.quantile(0)).toBe(0);
    expect(Math.abs(sketch.quantile(0.5)! - 1)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(sketch.quantile(0.9)! - 3600) / 3600).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it('uses the nearest rank, not interpolation, on an even count', () => {
    // sorted [10, 20, 30, 40]: p50 rank ⌈2⌉ = 2 → 20 (an interpolating median would say 25)
    const p50 = sketchOf([40, 10, 30, 20]).quantile(0.5)!;
    expect(Math.abs(p50 - 20) / 20).toBeLessThanOrEqual(TOLERANCE);
  });

  it('stays within 1 % on log-uniform random durations (1 ms to 1 year)', () => {
    const random = prng(42);
    const values = Array.from(
      { length: 20_000 },
      () => 10 ** (-3 + random() * 10.5),
    );
    expect(maxRelativeError(sketchOf(values), values)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it('stays within 1 % on heavy-tailed (Pareto, shape 0.5) data', () => {
    const random = prng(7);
    // Inverse CDF of Pareto(x_m = 1, shape 0.5): x = (1 − u)^(−2); mean is infinite.
    const values = Array.from({ length: 20_000 }, () => (1 - random()) ** -2);
    expect(maxRelativeError(sketchOf(values), values)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it('stays within 1 % with many duplicates, zeros, sub-second values and bucket edges', () => {
    const random = prng(2024);
    const gamma = 1.01 / 0.99;
    const pool = [
      0,
      0.000_001,
      0.004,
      0.5,
      1,
      59,
      60,
      61,
      gamma ** 10,
      gamma ** -25,
      86_400,
      31_536_000,
    ];
    const values = Array.from(
      { length: 10_000 },
      () => pool[Math.floor(random() ** 3 * pool.length)],
    );
    expect(maxRelativeError(sketchOf(values), values)).toBeLessThanOrEqual(
      TOLERANCE,
    );
    expect(maxRelativeError(sketchOf(pool), pool)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it('answers null when empty and rejects bad input', () => {
    const sketch = new QuantileSketch();
    expect(sketch.count).toBe(0);
    expect(sketch.quantile(0.5)).toBeNull();
    expect(() => sketch.quantile(2)).toThrow(RangeError);
    expect(() => sketch.add(-1)).toThrow(RangeError);
    expect(() => sketch.add(Number.NaN)).toThrow(RangeError);
    expect(() => sketch.add(Infinity)).toThrow(RangeError);
    expect(() => sketch.add(1, 1.5)).toThrow(RangeError);
    expect(() => new QuantileSketch(0)).toThrow(RangeError);
  });

  it('adds a value count times like repeated adds', () => {
    const repeated = sketchOf([5, 5, 5, 0, 0]);
    const counted = new QuantileSketch().add(5, 3).add(0, 2).add(7, 0);
    expect(counted.toJSON()).toEqual(repeated.toJSON());
    expect(counted.count).toBe(5);
  });
});

describe('QuantileSketch merge', () => {
  it('equals a sketch of the union, in any order', () => {
    const random = prng(99);
    const values = Array.from({ length: 5_000 }, () =>
      random() < 0.05 ? 0 : 10 ** (random() * 6),
    );
    const parts = [[], [], []] as number[][];
    values.forEach(v => parts[Math.floor(random() * 3)].push(v));
    const [a, b, c] = parts.map(sketchOf);
    const union = sketchOf(values).toJSON();
    expect(sketchOf(parts[0]).merge(b).merge(c).toJSON()).toEqual(union);
    expect(sketchOf(parts[2]).merge(a).merge(b).toJSON()).toEqual(union);
    // and its quantiles are the union's, so within 1 % of the exact ones
    const merged = a.merge(b).merge(c);
    const unionSketch = QuantileSketch.fromJSON(union);
    expect(QS.map(q => merged.quantile(q))).toEqual(
      QS.map(q => unionSketch.quantile(q)),
    );
    expect(merged.count).toBe(values.length);
    expect(maxRelativeError(merged, values)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('refuses sketches of another accuracy', () => {
    expect(() =>
      new QuantileSketch(0.01).merge(new QuantileSketch(0.02)),
    ).toThrow(RangeError);
  });
});

describe('QuantileSketch serialization', () => {
  it('round-trips through JSON text', () => {
    const random = prng(5);
    const sketch = sketchOf([
      0,
      0,
      ...Array.from({ length: 1_000 }, () => random() * 1_000),
    ]);
    const text = sketch.serialize();
    const restored = QuantileSketch.deserialize(text);
    expect(restored.toJSON()).toEqual(sketch.toJSON());
    expect(restored.count).toBe(1_002);
    for (const q of QS) expect(restored.quantile(q)).toBe(sketch.quantile(q));
    // compact: a few hundred buckets as small delta-encoded integers
    expect(text.length).toBeLessThan(4_000);
  });

  it('encodes buckets as [index, count, gap, count, …]', () => {
    // 1 is bucket 0 (γ^0 = 1), 0.5 and 2 are ±35 buckets away (ln 2 / ln γ ≈ 34.66)
    expect(sketchOf([1, 1, 2, 0.5, 0]).toJSON()).toEqual({
      v: 1,
      alpha: 0.01,
      zero: 1,
      bins: [-34, 1, 34, 2, 35, 1],
    });
    expect(new QuantileSketch().toJSON()).toEqual({
      v: 1,
      alpha: 0.01,
      zero: 0,
      bins: [],
    });
  });

  it('rejects malformed stored sketches, naming the field', () => {
    expect(() => QuantileSketch.fromJSON(null)).toThrow(
      'the sketch must be an object',
    );
    expect(() =>
      QuantileSketch.fromJSON({ v: 2, alpha: 0.01, zero: 0, bins: [] }),
    ).toThrow('v must be 1');
    expect(() =>
      QuantileSketch.fromJSON({ v: 1, alpha: 0.01, zero: 0, bins: [3] }),
    ).toThrow('bins must be');
    expect(() =>
      QuantileSketch.fromJSON({
        v: 1,
        alpha: 0.01,
        zero: 0,
        bins: [3, 1, 0, 1],
      }),
    ).toThrow('bins[2] must be a positive integer gap');
    expect(() =>
      QuantileSketch.fromJSON({ v: 1, alpha: 0.01, zero: -1, bins: [] }),
    ).toThrow('zero must be');
  });
});

describe('QuantileSketch bucket rule', () => {
  it('exposes the bucket of a value and the value of a bucket (worked example)', () => {
    // α = 1 %: γ = 1.01 / 0.99 ≈ 1.0202, ln γ ≈ 0.0200007.
    // 1 s: ⌈ln 1 / ln γ⌉ = 0, reported as 2·γ⁰/(γ + 1) = 1 − α = 0.99.
    expect(QuantileSketch.bucketIndexOf(1)).toBe(0);
    expect(QuantileSketch.bucketValueOf(0)).toBeCloseTo(0.99, 12);
    // 1.02 s: ln 1.02 / ln γ ≈ 0.0198 / 0.0200 ≈ 0.99 → bucket 1, reported as
    // 2γ/(γ + 1) = 1 + α = 1.01.
    expect(QuantileSketch.bucketIndexOf(1.02)).toBe(1);
    expect(QuantileSketch.bucketValueOf(1)).toBeCloseTo(1.01, 12);
    // 3 600 s: ln 3600 / ln γ ≈ 8.18869 / 0.0200007 ≈ 409.4 → bucket 410.
    expect(QuantileSketch.bucketIndexOf(3600)).toBe(410);
    expect(
      Math.abs(QuantileSketch.bucketValueOf(410) - 3600) / 3600,
    ).toBeLessThanOrEqual(TOLERANCE);
  });

  it('is the rule the sketch answers with, for any accuracy', () => {
    for (const alpha of [0.01, 0.05]) {
      for (const value of [0.001, 0.37, 1, 59.5, 86_400, 3e7]) {
        const sketch = new QuantileSketch(alpha).add(value);
        const index = QuantileSketch.bucketIndexOf(value, alpha);
        expect(sketch.quantile(0.5)).toBe(
          QuantileSketch.bucketValueOf(index, alpha),
        );
        expect(sketch.toJSON().bins).toEqual([index, 1]);
      }
    }
    expect(() => QuantileSketch.bucketValueOf(0, 1)).toThrow(RangeError);
  });
});
