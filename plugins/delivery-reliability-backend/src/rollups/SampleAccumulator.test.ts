import {
  QuantileSketch,
  nearestRankQuantile,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { prng } from './__testUtils__/randomEvents';
import { SampleAccumulator } from './SampleAccumulator';
import { EXACT_VALUES_LIMIT, encodeSamples, encodeSketch } from './sketchCodec';

const TOLERANCE = 0.01 * (1 + 1e-9);

function exactQuantile(values: number[], q: number) {
  return nearestRankQuantile(
    [...values].sort((a, b) => a - b),
    q,
  );
}

describe('sketchCodec and SampleAccumulator', () => {
  it('keeps few whole-millisecond values exact, across concatenated records', () => {
    const a = encodeSamples([3600, 0.5, 7200])!;
    const b = encodeSamples([10])!;
    // Records are padded to 3 bytes, so base64 strings concatenate.
    expect(a.endsWith('=')).toBe(false);
    const merged = new SampleAccumulator().addEncoded(a + b);
    expect(merged.count).toBe(4);
    // sorted [0.5, 10, 3600, 7200]: p50 rank 2, p90 rank 4
    expect(merged.quantiles([0.5, 0.9])).toEqual([10, 7200]);
    expect(
      new SampleAccumulator().addEncoded(merged.encode()).quantiles([0.5]),
    ).toEqual([10]);
    expect(encodeSamples([])).toBeNull();
    expect(new SampleAccumulator().quantiles([0.5])).toEqual([null]);
  });

  it('merges sketches like QuantileSketch.merge, with exact values folded in', () => {
    const random = prng(11);
    const parts = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: i % 3 === 0 ? 5 : 200 }, () =>
        random() < 0.05 ? 0 : Math.round(10 ** (random() * 7) * 1000) / 1000,
      ),
    );
    const accumulator = new SampleAccumulator();
    const union = new QuantileSketch();
    for (const part of parts) {
      accumulator.addEncoded(encodeSamples(part));
      part.forEach(v => union.add(v));
    }
    const all = parts.flat();
    expect(accumulator.count).toBe(all.length);
    for (const q of [0, 0.1, 0.5, 0.9, 0.99, 1]) {
      const [value] = accumulator.quantiles([q]);
      expect(value).toBe(union.quantile(q));
      const exact = exactQuantile(all, q)!;
      // An exact 0 must come back as exactly 0.
      const error = exact === 0 ? value! : Math.abs(value! - exact) / exact;
      expect(error).toBeLessThanOrEqual(exact === 0 ? 0 : TOLERANCE);
    }
    // Re-encoding the union and merging accumulators loses nothing.
    const copy = new SampleAccumulator().addEncoded(accumulator.encode());
    const doubled = new SampleAccumulator().addAll(copy).addAll(accumulator);
    expect(doubled.count).toBe(2 * all.length);
    expect(doubled.quantiles([0.5])).toEqual(accumulator.quantiles([0.5]));
  });

  it('grows its bucket range both ways', () => {
    const values = [1e-3, 1e9, 1, 1e5, 2e-3, 5e8];
    const sketch = new QuantileSketch();
    values.forEach(v => sketch.add(v));
    const accumulator = new SampleAccumulator();
    for (const v of values) {
      const single = new QuantileSketch().add(v);
      accumulator.addEncoded(encodeSketch(single));
    }
    expect(accumulator.quantiles([0, 0.5, 1])).toEqual(
      [0, 0.5, 1].map(q => sketch.quantile(q)),
    );
  });

  it('stores more than the exact limit as a sketch', () => {
    const values = Array.from(
      { length: EXACT_VALUES_LIMIT + 1 },
      (_, i) => i + 1,
    );
    const accumulator = new SampleAccumulator().addEncoded(
      encodeSamples(values),
    );
    const [p50] = accumulator.quantiles([0.5]);
    expect(Math.abs(p50! - 17) / 17).toBeLessThanOrEqual(TOLERANCE);
    expect(() => new SampleAccumulator().addEncoded('AwAA')).toThrow(
      'Unknown rollup sketch record 3',
    );
  });

  it('answers a window as a later running total minus an earlier one', () => {
    const random = prng(3);
    const days = Array.from({ length: 60 }, (_, d) =>
      Array.from(
        { length: d % 7 },
        () => Math.round(10 ** (random() * 6)) / 10,
      ),
    );
    // Running totals through each day, as rollup rows store them.
    const running = new SampleAccumulator();
    const totals = days.map(values => running.addSamples(values).encode());
    const window = (from: number, to: number) =>
      new SampleAccumulator()
        .addEncoded(totals[to - 1])
        .subtractAll(
          new SampleAccumulator().addEncoded(
            from > 0 ? totals[from - 1] : null,
          ),
        );
    // Early on both totals are exact: so is the difference.
    const early = window(1, 4).quantiles([0, 0.5, 1]);
    expect(early).toEqual(
      [0, 0.5, 1].map(q => exactQuantile(days.slice(1, 4).flat(), q)),
    );
    // Later the totals are sketches (and the earlier one may still be exact).
    for (const [from, to] of [
      [3, 40],
      [20, 60],
      [0, 60],
    ]) {
      const values = days.slice(from, to).flat();
      const accumulator = window(from, to);
      expect(accumulator.count).toBe(values.length);
      for (const q of [0.1, 0.5, 0.9]) {
        const exact = exactQuantile(values, q)!;
        const [value] = accumulator.quantiles([q]);
        expect(Math.abs(value! - exact) / exact).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('continues a stored running total exactly as an unbroken one', () => {
    const random = prng(8);
    const values = Array.from(
      { length: 100 },
      () => Math.round(random() * 1e6) / 1000,
    );
    for (const cut of [0, 10, 30, 40, 90]) {
      // Day by day (ten values a day), as a recomputation adds them.
      const days = (from: number, to: number) =>
        Array.from({ length: Math.ceil((to - from) / 10) }, (_, d) =>
          values.slice(from + d * 10, Math.min(to, from + d * 10 + 10)),
        );
      const unbroken = new SampleAccumulator();
      days(0, 100).forEach(day => unbroken.addSamples(day));
      const first = new SampleAccumulator();
      days(0, cut).forEach(day => first.addSamples(day));
      const continued = new SampleAccumulator().addEncoded(first.encode());
      days(cut, 100).forEach(day => continued.addSamples(day));
      expect(continued.encode()).toBe(unbroken.encode());
    }
  });

  it('subtracts a stored value as an accumulator of it would, and folds exact values into buckets', () => {
    const qs = [0, 0.1, 0.5, 0.9, 1];
    const random = prng(5);
    const running = new SampleAccumulator();
    const totals = Array.from({ length: 40 }, (_, d) =>
      running
        .addSamples(
          Array.from(
            { length: d % 5 },
            () => Math.round(10 ** (random() * 6)) / 10,
          ),
        )
        .encode(),
    );
    // Both exact, later buckets and earlier exact, both buckets.
    for (const [from, to] of [
      [2, 5],
      [5, 39],
      [20, 39],
    ]) {
      const viaAccumulator = new SampleAccumulator()
        .addEncoded(totals[to])
        .subtractAll(new SampleAccumulator().addEncoded(totals[from]));
      const viaEncoded = new SampleAccumulator()
        .addEncoded(totals[to])
        .subtractEncoded(totals[from]);
      expect(viaEncoded.count).toBe(viaAccumulator.count);
      expect(viaEncoded.quantiles(qs)).toEqual(viaAccumulator.quantiles(qs));
      expect(viaEncoded.encode()).toBe(viaAccumulator.encode());
    }
    // A team of a busy service (buckets) and a quiet one (exact values)
    // answers like one sketch of all their values.
    const busy = Array.from({ length: 50 }, (_, i) => i * 3.5 + 1);
    const quiet = [0, 2.5, 7200];
    const team = new SampleAccumulator()
      .addEncoded(encodeSamples(busy))
      .addAll(new SampleAccumulator().addEncoded(encodeSamples(quiet)));
    const union = new QuantileSketch();
    [...busy, ...quiet].forEach(v => union.add(v));
    expect(team.count).toBe(53);
    expect(team.quantiles(qs)).toEqual(qs.map(q => union.quantile(q)));
    expect(team.encode()).toBe(encodeSketch(union));
  });
});
