import { nearestRank } from '../metrics/quantile';
import { BucketRule, indexIn, ruleFor, valueIn } from './bucketRule';
import { QuantileSketchJson, parseQuantileSketchJson } from './json';

/**
 * A mergeable quantile sketch for non-negative values such as durations in
 * seconds: a histogram with logarithmically sized buckets (the idea behind
 * DDSketch). Bucket `i` holds the values in `(γ^(i−1), γ^i]` with
 * `γ = (1 + α) / (1 − α)` and reports them as `2·γ^i / (γ + 1)`, which is
 * within relative error `α` of every value in it; zeros get a bucket of their
 * own, and sub-second values simply use negative indices.
 *
 * Per-day sketches stored next to rollups merge into medians over any range
 * or team without averaging medians. Because {@link QuantileSketch.quantile}
 * uses the same nearest-rank rule (rank ⌈q·n⌉) as the exact functions, it
 * returns the bucket of the exact answer: within `α` (1 % by default) of it.
 * Size grows with the spread of values, not their number: 1 ms to 1 year at
 * α = 1 % needs at most about 1 200 buckets.
 * @public
 */
export class QuantileSketch {
  /** Default relative accuracy α: 1 %. */
  static readonly DEFAULT_RELATIVE_ACCURACY = 0.01;

  /** Relative accuracy α of every quantile answer. */
  readonly relativeAccuracy: number;
  private readonly rule: BucketRule;
  private readonly bins = new Map<number, number>();
  private zeroCount = 0;
  private total = 0;
  private sortedIndices: number[] | undefined;

  constructor(
    relativeAccuracy: number = QuantileSketch.DEFAULT_RELATIVE_ACCURACY,
  ) {
    this.rule = ruleFor(relativeAccuracy);
    this.relativeAccuracy = relativeAccuracy;
  }

  /**
   * The bucket index a value `> 0` is counted in (zeros have a bucket of
   * their own), exactly as {@link QuantileSketch.add} counts it.
   */
  static bucketIndexOf(
    value: number,
    relativeAccuracy: number = QuantileSketch.DEFAULT_RELATIVE_ACCURACY,
  ): number {
    return indexIn(ruleFor(relativeAccuracy), value);
  }

  /**
   * The value bucket `index` reports, exactly as
   * {@link QuantileSketch.quantile} answers it: for code that keeps bucket
   * counts in another form (e.g. dense arrays) and walks them to the nearest
   * rank itself, so the bucket rule stays written once.
   */
  static bucketValueOf(
    index: number,
    relativeAccuracy: number = QuantileSketch.DEFAULT_RELATIVE_ACCURACY,
  ): number {
    return valueIn(ruleFor(relativeAccuracy), index);
  }

  /** Number of values added (zeros included). */
  get count(): number {
    return this.total;
  }

  /**
   * Adds `value` `count` times (default once). Values must be finite and
   * non-negative; `count` a non-negative safe integer (0 adds nothing).
   */
  add(value: number, count: number = 1): this {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`value must be a finite number >= 0, got ${value}`);
    }
    if (!(Number.isSafeInteger(count) && count >= 0)) {
      throw new RangeError(
        `count must be a non-negative integer, got ${count}`,
      );
    }
    if (count === 0) return this;
    if (value === 0) this.zeroCount += count;
    else this.addToBin(indexIn(this.rule, value), count);
    this.total += count;
    return this;
  }

  /**
   * Adds every value of `other` into this sketch (which it returns); the
   * result equals a sketch built from the union of both inputs. Both must
   * share the same relative accuracy.
   */
  merge(other: QuantileSketch): this {
    if (other.relativeAccuracy !== this.relativeAccuracy) {
      throw new RangeError(
        `cannot merge sketches of relative accuracy ${other.relativeAccuracy} and ${this.relativeAccuracy}`,
      );
    }
    for (const [index, count] of other.bins) this.addToBin(index, count);
    this.zeroCount += other.zeroCount;
    this.total += other.total;
    return this;
  }

  /**
   * The value at nearest rank ⌈q·n⌉ (clamped to [1, n]) within relative
   * error α; `null` for an empty sketch.
   */
  quantile(q: number): number | null {
    if (this.total === 0) {
      nearestRank(q, 1); // still reject an invalid q
      return null;
    }
    const rank = nearestRank(q, this.total);
    if (rank <= this.zeroCount) return 0;
    let seen = this.zeroCount;
    const indices = this.indices();
    for (const index of indices) {
      seen += this.bins.get(index)!;
      if (seen >= rank) return this.representative(index);
    }
    // Unreachable: the counts sum to total >= rank.
    return this.representative(indices[indices.length - 1]);
  }

  /** A compact JSON-able form, e.g. for a database text column. */
  toJSON(): QuantileSketchJson {
    const bins: number[] = [];
    let previous = 0;
    for (const index of this.indices()) {
      // Delta-encoded indices keep long runs of neighbouring buckets short.
      bins.push(
        bins.length === 0 ? index : index - previous,
        this.bins.get(index)!,
      );
      previous = index;
    }
    return { v: 1, alpha: this.relativeAccuracy, zero: this.zeroCount, bins };
  }

  /** Rebuilds a sketch from {@link QuantileSketch.toJSON} output; throws a `TypeError` naming a bad field. */
  static fromJSON(json: unknown): QuantileSketch {
    const parsed = parseQuantileSketchJson(json);
    const sketch = new QuantileSketch(parsed.alpha);
    sketch.zeroCount = parsed.zero;
    sketch.total = parsed.zero;
    let index = 0;
    for (let i = 0; i < parsed.bins.length; i += 2) {
      index = i === 0 ? parsed.bins[0] : index + parsed.bins[i];
      sketch.addToBin(index, parsed.bins[i + 1]);
      sketch.total += parsed.bins[i + 1];
    }
    return sketch;
  }

  /** `JSON.stringify` of {@link QuantileSketch.toJSON}. */
  serialize(): string {
    return JSON.stringify(this.toJSON());
  }

  /** Inverse of {@link QuantileSketch.serialize}. */
  static deserialize(text: string): QuantileSketch {
    return QuantileSketch.fromJSON(JSON.parse(text));
  }

  private addToBin(index: number, count: number): void {
    const existing = this.bins.get(index);
    if (existing === undefined) this.sortedIndices = undefined;
    this.bins.set(index, (existing ?? 0) + count);
  }

  private indices(): number[] {
    this.sortedIndices ??= [...this.bins.keys()].sort((a, b) => a - b);
    return this.sortedIndices;
  }

  private representative(index: number): number {
    return valueIn(this.rule, index);
  }
}
