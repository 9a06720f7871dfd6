import {
  QuantileSketch,
  nearestRank,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { encodeBins } from './sketchCodec';

/**
 * The bucket counts of a common QuantileSketch (default accuracy) in a
 * dense array: adding or subtracting thousands of stored sketches is a
 * loop over numbers, not Map updates. A plain array, not a Float64Array:
 * a comparison builds thousands of these, and typed arrays cost
 * microseconds each to allocate. Counts may go negative midway through a
 * subtraction (running totals); quantiles refuse a negative total.
 * @internal
 */
export class BucketCounts {
  /** How many zeros (they have no bucket). */
  zeroCount = 0;
  // counts[p] is the count of bucket p − offset.
  private counts: number[] = [];
  private offset = 0;
  // Positions ever written, so walks skip the empty rest.
  private usedFrom = 0;
  private usedTo = 0;

  /** Adds `sign · counts[k]` to bucket `indices[k]` for k < n; indices ascending. */
  addBuckets(
    indices: ArrayLike<number>,
    counts: ArrayLike<number>,
    n: number,
    sign: 1 | -1,
  ): void {
    if (n === 0) return;
    this.reserve(indices[0], indices[n - 1]);
    const dense = this.counts;
    const offset = this.offset;
    for (let k = 0; k < n; k++) dense[indices[k] + offset] += sign * counts[k];
    this.markUsed(indices[0] + offset, indices[n - 1] + offset + 1);
  }

  /** Adds `count` to bucket `index`. */
  add(index: number, count: number): void {
    this.reserve(index, index);
    this.counts[index + this.offset] += count;
    this.markUsed(index + this.offset, index + this.offset + 1);
  }

  /** Adds `sign ·` everything `other` holds. */
  addAll(other: BucketCounts, sign: 1 | -1): void {
    this.zeroCount += sign * other.zeroCount;
    if (other.usedTo === other.usedFrom) return;
    this.reserve(
      other.usedFrom - other.offset,
      other.usedTo - 1 - other.offset,
    );
    const shift = this.offset - other.offset;
    for (let p = other.usedFrom; p < other.usedTo; p++)
      this.counts[p + shift] += sign * other.counts[p];
    this.markUsed(other.usedFrom + shift, other.usedTo + shift);
  }

  /** Empties the counts, keeping the array for the next use. */
  reset(): void {
    for (let p = this.usedFrom; p < this.usedTo; p++) this.counts[p] = 0;
    this.zeroCount = 0;
    this.usedFrom = 0;
    this.usedTo = 0;
  }

  /** Zeros plus every bucket's count. */
  total(): number {
    let total = this.zeroCount;
    for (let p = this.usedFrom; p < this.usedTo; p++) total += this.counts[p];
    return total;
  }

  /**
   * Nearest-rank quantiles (rank ⌈q·n⌉) answered with the bucket's value by
   * QuantileSketch's own rule: the same numbers `QuantileSketch.quantile`
   * gives for these counts, without building one.
   */
  quantiles(qs: readonly number[]): Array<number | null> {
    const counts = this.counts;
    let total = this.zeroCount;
    let negative = this.zeroCount < 0;
    for (let p = this.usedFrom; p < this.usedTo; p++) {
      total += counts[p];
      if (counts[p] < 0) negative = true;
    }
    if (negative)
      throw new Error('Rollup totals went negative; rebuild the rollups');
    const answers: Array<number | null> = [];
    for (const q of qs) {
      // nearestRank also rejects a bad q when there is nothing to rank.
      const rank = nearestRank(q, Math.max(total, 1));
      if (total === 0 || rank <= this.zeroCount) {
        answers.push(total === 0 ? null : 0);
        continue;
      }
      // The running count first reaches the rank at a non-empty bucket.
      let p = this.usedFrom;
      let seen = this.zeroCount + counts[p];
      while (seen < rank) seen += counts[++p];
      answers.push(QuantileSketch.bucketValueOf(p - this.offset));
    }
    return answers;
  }

  /** The stored (bins record) form; see sketchCodec. */
  encode(): string {
    return encodeBins(
      this.zeroCount,
      this.counts,
      this.usedFrom,
      this.usedTo,
      this.offset,
    );
  }

  private markUsed(from: number, to: number): void {
    if (this.usedTo === this.usedFrom) {
      this.usedFrom = from;
      this.usedTo = to;
    } else {
      if (from < this.usedFrom) this.usedFrom = from;
      if (to > this.usedTo) this.usedTo = to;
    }
  }

  /** Makes room for buckets `low`…`high`: exactly at first, then doubling. */
  private reserve(low: number, high: number): void {
    const size = this.counts.length;
    if (size > 0 && low + this.offset >= 0 && high + this.offset < size) return;
    const from = size > 0 ? Math.min(low, -this.offset) : low;
    const to = size > 0 ? Math.max(high, size - 1 - this.offset) : high;
    const needed = to - from + 1;
    const grownSize = size > 0 ? Math.max(needed, 2 * size) : needed;
    const offset = -from + Math.floor((grownSize - needed) / 2);
    const grown: number[] = new Array(grownSize).fill(0);
    const shift = offset - this.offset;
    for (let p = this.usedFrom; p < this.usedTo; p++)
      grown[p + shift] = this.counts[p];
    this.usedFrom += shift;
    this.usedTo += shift;
    this.counts = grown;
    this.offset = offset;
  }
}
