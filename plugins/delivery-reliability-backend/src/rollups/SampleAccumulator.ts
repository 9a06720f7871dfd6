import {
  QuantileSketch,
  nearestRankQuantile,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  EXACT_VALUES_LIMIT,
  RecordSink,
  decodeRecords,
  encodeBins,
  encodeExactMilliseconds,
  encodeSketch,
  exactMilliseconds,
} from './sketchCodec';

// Above this many exact values a merged answer goes through the sketch: the
// sort would cost more than the 1 % accuracy is worth.
const EXACT_ANSWER_LIMIT = 100_000;

/**
 * Merges stored samples of many rollup rows (and subtracts earlier running
 * totals from later ones): the union of their values, as
 * exact values while every row held exact ones, else as the buckets of a
 * common QuantileSketch. Adding bucket counts is exactly
 * `QuantileSketch.merge`; keeping them in a dense array instead of sketch
 * objects is what makes a merge of thousands of rows cheap. Quantiles are
 * always answered by common code: `nearestRankQuantile` over exact values,
 * `QuantileSketch.quantile` otherwise.
 * @internal
 */
export class SampleAccumulator implements RecordSink {
  private exactMs: number[] = [];
  private zeroCount = 0;
  private counts = new Float64Array(0);
  private offset = 0;
  // The slice of `counts` ever written, so encoding skips the empty rest.
  private usedFrom = 0;
  private usedTo = 0;
  private hasBins = false;

  /** Adds one stored value (null: no samples). */
  addEncoded(base64: string | null | undefined): this {
    if (base64) decodeRecords(base64, this);
    return this;
  }

  /**
   * Adds sample values (seconds): kept exact while there are at most
   * {@link EXACT_VALUES_LIMIT} whole-millisecond values in all, else
   * bucketed by a common QuantileSketch (the running totals of busy
   * services are sketches; of quiet ones, exact values).
   */
  addSamples(valuesSeconds: readonly number[]): this {
    if (valuesSeconds.length === 0) return this;
    if (!this.hasBins) {
      const ms = exactMilliseconds(valuesSeconds);
      if (ms && this.exactMs.length + ms.length <= EXACT_VALUES_LIMIT) {
        this.exactMs.push(...ms);
        return this;
      }
    }
    const sketch = new QuantileSketch();
    for (const value of valuesSeconds) sketch.add(value);
    if (!this.hasBins) {
      // Switching to buckets: the exact values so far go in too.
      for (const ms of this.exactMs) sketch.add(ms / 1000);
      this.exactMs = [];
    }
    this.addEncoded(encodeSketch(sketch));
    return this;
  }

  /** Adds everything another accumulator holds. */
  addAll(other: SampleAccumulator): this {
    for (const ms of other.exactMs) this.exactMs.push(ms);
    this.zeroCount += other.zeroCount;
    other.forEachBin((index, count) => this.bin(index, count));
    this.hasBins ||= other.hasBins;
    return this;
  }

  /**
   * Removes everything `other` holds, which must be part of what this holds:
   * a window is a running total minus an earlier one. Exact values leave
   * the exact list when they are in it (the earlier total of an entity that
   * is still exact now), else their sketch buckets (an entity whose later
   * total already became a sketch).
   */
  subtractAll(other: SampleAccumulator): this {
    const remaining = new Map<number, number>();
    for (const ms of this.exactMs)
      remaining.set(ms, (remaining.get(ms) ?? 0) + 1);
    const unmatched: number[] = [];
    for (const ms of other.exactMs) {
      const count = remaining.get(ms);
      if (count) remaining.set(ms, count - 1);
      else unmatched.push(ms / 1000);
    }
    this.exactMs = [...remaining].flatMap(([ms, count]) =>
      Array(count).fill(ms),
    );
    if (unmatched.length > 0) {
      // The common sketch decides which bucket each value is in.
      const json = unmatched
        .reduce((sketch, value) => sketch.add(value), new QuantileSketch())
        .toJSON();
      this.zeroCount -= json.zero;
      let index = 0;
      for (let i = 0; i < json.bins.length; i += 2) {
        index = i === 0 ? json.bins[0] : index + json.bins[i];
        this.bin(index, -json.bins[i + 1]);
      }
    }
    this.zeroCount -= other.zeroCount;
    other.forEachBin((index, count) => this.bin(index, -count));
    this.hasBins ||= other.hasBins;
    return this;
  }

  /** Number of values held. */
  get count(): number {
    let total = this.exactMs.length + this.zeroCount;
    for (const c of this.counts) total += c;
    return total;
  }

  /** Nearest-rank quantiles (null when empty); exact while all rows were exact. */
  quantiles(qs: readonly number[]): Array<number | null> {
    if (!this.hasBins && this.exactMs.length <= EXACT_ANSWER_LIMIT) {
      const sorted = this.exactMs.map(ms => ms / 1000).sort((a, b) => a - b);
      return qs.map(q => nearestRankQuantile(sorted, q));
    }
    const sketch = this.toSketch();
    return qs.map(q => sketch.quantile(q));
  }

  /** The stored form of everything held (a running total's row). */
  encode(): string | null {
    if (!this.hasBins) {
      if (this.exactMs.length === 0) return null;
      if (this.exactMs.length <= EXACT_VALUES_LIMIT) {
        return encodeExactMilliseconds(this.exactMs);
      }
      return encodeSketch(this.toSketch());
    }
    // Straight from the bucket counts: no sketch object per encoded row.
    if (this.exactMs.length === 0) {
      const used = this.counts.subarray(this.usedFrom, this.usedTo);
      return encodeBins(this.zeroCount, used, this.offset - this.usedFrom);
    }
    return encodeSketch(this.toSketch());
  }

  /** @internal RecordSink */
  exactMilliseconds(ms: number): void {
    this.exactMs.push(ms);
  }

  /** @internal RecordSink */
  zeros(count: number): void {
    this.zeroCount += count;
    this.hasBins = true;
  }

  /** @internal RecordSink */
  bin(index: number, count: number): void {
    this.hasBins = true;
    let i = index + this.offset;
    if (i < 0 || i >= this.counts.length) {
      this.grow(index);
      i = index + this.offset;
    }
    this.counts[i] += count;
    if (this.usedTo === this.usedFrom) {
      this.usedFrom = i;
      this.usedTo = i + 1;
    } else {
      this.usedFrom = Math.min(this.usedFrom, i);
      this.usedTo = Math.max(this.usedTo, i + 1);
    }
  }

  /** Calls `fn` for each non-empty bucket, ascending. */
  private forEachBin(fn: (index: number, count: number) => void): void {
    for (let i = this.usedFrom; i < this.usedTo; i++) {
      if (this.counts[i] !== 0) fn(i - this.offset, this.counts[i]);
    }
  }

  private grow(index: number): void {
    const used = this.counts.length;
    const low = used ? Math.min(-this.offset, index) : index - 64;
    const high = used ? Math.max(used - this.offset, index + 1) : index + 64;
    const size = Math.max(high - low, used * 2);
    const grown = new Float64Array(size);
    const newOffset = -low + Math.floor((size - (high - low)) / 2);
    // (TypedArray.set rejects an out-of-range offset even for an empty source.)
    if (used > 0) grown.set(this.counts, newOffset - this.offset);
    this.usedFrom += newOffset - this.offset;
    this.usedTo += newOffset - this.offset;
    this.counts = grown;
    this.offset = newOffset;
  }

  private toSketch(): QuantileSketch {
    const bins: number[] = [];
    let previous = 0;
    this.forEachBin((index, count) => {
      if (count < 0)
        throw new Error('Rollup totals went negative; rebuild the rollups');
      bins.push(bins.length === 0 ? index : index - previous, count);
      previous = index;
    });
    const sketch = QuantileSketch.fromJSON({
      v: 1,
      alpha: QuantileSketch.DEFAULT_RELATIVE_ACCURACY,
      zero: this.zeroCount,
      bins,
    });
    for (const ms of this.exactMs) sketch.add(ms / 1000);
    return sketch;
  }
}
