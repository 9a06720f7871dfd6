import {
  QuantileSketch,
  nearestRankQuantile,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { BucketCounts } from './BucketCounts';
import { ExactValues } from './ExactValues';
import {
  EXACT_VALUES_LIMIT,
  RecordSink,
  decodeRecords,
  encodeExactMilliseconds,
  exactMilliseconds,
} from './sketchCodec';

// Above this many exact values a merged answer goes through the buckets:
// the sort would cost more than the 1 % accuracy is worth.
const EXACT_ANSWER_LIMIT = 100_000;

// Exact values of a value being subtracted, collected while it is decoded
// (decoding is synchronous and never nested, so one array serves all).
const removing: number[] = [];

/**
 * Merges stored samples of many rollup rows (and subtracts earlier running
 * totals from later ones): the union of their values, as exact values
 * while every row held exact ones, else as the buckets of a common
 * QuantileSketch (see BucketCounts; adding bucket counts is exactly
 * `QuantileSketch.merge`). Quantiles follow common's rules:
 * `nearestRankQuantile` over exact values, else the nearest rank over the
 * buckets answered by `QuantileSketch.bucketValueOf`.
 * @internal
 */
export class SampleAccumulator implements RecordSink {
  private readonly exact = new ExactValues();
  // Present once any row held buckets; exact values added after that (from
  // quiet rows) are folded in when answering.
  private buckets: BucketCounts | undefined;
  // Emptied buckets kept by reset() for the next use.
  private spareBuckets: BucketCounts | undefined;
  // -1 while a value being subtracted is decoded into this.
  private sign: 1 | -1 = 1;

  /** Adds one stored value (null: no samples). */
  addEncoded(base64: string | null | undefined): this {
    if (base64) decodeRecords(base64, this);
    return this;
  }

  /**
   * Removes one stored value (null: nothing), which must be part of what
   * this holds; like {@link SampleAccumulator.subtractAll} without decoding
   * it into an accumulator of its own first.
   */
  subtractEncoded(base64: string | null | undefined): this {
    if (!base64) return this;
    removing.length = 0;
    this.sign = -1;
    try {
      decodeRecords(base64, this);
    } finally {
      this.sign = 1;
    }
    this.removeExact(removing);
    return this;
  }

  /**
   * Adds sample values (seconds): kept exact while there are at most
   * {@link EXACT_VALUES_LIMIT} whole-millisecond values in all, else
   * bucketed by a common QuantileSketch's rule (the running totals of busy
   * services are sketches; of quiet ones, exact values).
   */
  addSamples(valuesSeconds: readonly number[]): this {
    if (valuesSeconds.length === 0) return this;
    if (!this.buckets) {
      const ms = exactMilliseconds(valuesSeconds);
      if (ms && this.exact.length + ms.length <= EXACT_VALUES_LIMIT) {
        this.exact.addAll(ms);
        return this;
      }
      // Switching to buckets: the exact values so far go in too.
      for (const earlier of this.exact.takeAll())
        this.addValue(earlier / 1000, 1);
    }
    for (const value of valuesSeconds) this.addValue(value, 1);
    return this;
  }

  /** Adds everything another accumulator holds. */
  addAll(other: SampleAccumulator): this {
    this.exact.addAll(other.exact.all());
    if (other.buckets) this.writableBuckets().addAll(other.buckets, 1);
    return this;
  }

  /**
   * Removes everything `other` holds, which must be part of what this holds:
   * a window is a running total minus an earlier one. Exact values leave
   * the exact list when they are in it (the earlier total of an entity that
   * is still exact now), else their buckets (an entity whose later total
   * already became a sketch).
   */
  subtractAll(other: SampleAccumulator): this {
    this.removeExact(other.exact.sorted());
    if (other.buckets) this.writableBuckets().addAll(other.buckets, -1);
    return this;
  }

  /**
   * Empties this accumulator for reuse: a comparison totals a thousand
   * services one after the other through the same few accumulators.
   */
  reset(): this {
    this.exact.takeAll();
    if (this.buckets) {
      this.buckets.reset();
      this.spareBuckets = this.buckets;
      this.buckets = undefined;
    }
    return this;
  }

  /** Number of values held. */
  get count(): number {
    return this.exact.length + (this.buckets?.total() ?? 0);
  }

  /** Nearest-rank quantiles (null when empty); exact while all rows were exact. */
  quantiles(qs: readonly number[]): Array<number | null> {
    if (!this.buckets && this.exact.length <= EXACT_ANSWER_LIMIT) {
      // Milliseconds sort like the seconds they are.
      const sortedMs = this.exact.sorted();
      return qs.map(q => {
        const ms = nearestRankQuantile(sortedMs, q);
        return ms === null ? null : ms / 1000;
      });
    }
    return this.allInBuckets().quantiles(qs);
  }

  /** The stored form of everything held (a running total's row). */
  encode(): string | null {
    if (!this.buckets) {
      if (this.exact.length === 0) return null;
      if (this.exact.length <= EXACT_VALUES_LIMIT) {
        return encodeExactMilliseconds(this.exact.sorted());
      }
    }
    return this.allInBuckets().encode();
  }

  /** @internal RecordSink */
  exactMilliseconds(ms: number): void {
    if (this.sign === 1) this.exact.add(ms);
    else removing.push(ms);
  }

  /** @internal RecordSink */
  zeros(count: number): void {
    this.writableBuckets().zeroCount += this.sign * count;
  }

  /** @internal RecordSink */
  bins(indices: ArrayLike<number>, counts: ArrayLike<number>, n: number) {
    this.writableBuckets().addBuckets(indices, counts, n, this.sign);
  }

  private writableBuckets(): BucketCounts {
    if (!this.buckets) {
      this.buckets = this.spareBuckets ?? new BucketCounts();
      this.spareBuckets = undefined;
    }
    return this.buckets;
  }

  /** Adds `count` of one value (seconds) to its bucket, as QuantileSketch.add does. */
  private addValue(valueSeconds: number, count: number): void {
    if (!(Number.isFinite(valueSeconds) && valueSeconds >= 0)) {
      throw new RangeError(
        `value must be a finite number >= 0, got ${valueSeconds}`,
      );
    }
    const buckets = this.writableBuckets();
    if (valueSeconds === 0) buckets.zeroCount += count;
    else buckets.add(QuantileSketch.bucketIndexOf(valueSeconds), count);
  }

  /** Removes exact values; those not held come out of the buckets. */
  private removeExact(removedMs: readonly number[]): void {
    if (removedMs.length === 0) return;
    const unmatched =
      this.exact.length === 0 ? removedMs : this.exact.removeAll(removedMs);
    for (const ms of unmatched) this.addValue(ms / 1000, -1);
  }

  /** Everything held as buckets: the buckets, or a copy with the exact values added. */
  private allInBuckets(): BucketCounts {
    if (this.buckets && this.exact.length === 0) return this.buckets;
    const all = new BucketCounts();
    if (this.buckets) all.addAll(this.buckets, 1);
    for (const ms of this.exact.all()) {
      if (ms === 0) all.zeroCount += 1;
      else all.add(QuantileSketch.bucketIndexOf(ms / 1000), 1);
    }
    return all;
  }
}
