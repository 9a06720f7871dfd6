/**
 * Stored form of a `QuantileSketch`: small enough for a text column,
 * versioned so the encoding can change without misreading old rows.
 * @public
 */
export interface QuantileSketchJson {
  /** Format version. */
  v: 1;
  /** Relative accuracy α the sketch was built with. */
  alpha: number;
  /** How many zeros were added. */
  zero: number;
  /**
   * Non-empty buckets in ascending order as flat pairs: the first bucket's
   * index and count, then for each further bucket the gap to the previous
   * index and its count — `[i0, c0, i1 − i0, c1, …]`.
   */
  bins: number[];
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** Validates an untrusted stored sketch, naming the first bad field. */
export function parseQuantileSketchJson(json: unknown): QuantileSketchJson {
  const fail = (field: string, expected: string): never => {
    throw new TypeError(
      `Invalid quantile sketch: ${field} must be ${expected}`,
    );
  };
  if (typeof json !== 'object' || json === null)
    return fail('the sketch', 'an object');
  const { v, alpha, zero, bins } = json as Record<string, unknown>;
  if (v !== 1) fail('v', '1');
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1))
    fail('alpha', 'a number within (0, 1)');
  if (!isCount(zero)) fail('zero', 'a non-negative integer');
  if (!Array.isArray(bins) || bins.length % 2 !== 0)
    fail('bins', 'an array of [index, count] pairs');
  const pairs = bins as unknown[];
  for (let i = 0; i < pairs.length; i += 2) {
    const index = pairs[i];
    // After the first bucket, indices are strictly increasing gaps.
    if (!Number.isSafeInteger(index) || (i > 0 && (index as number) <= 0)) {
      fail(
        `bins[${i}]`,
        i === 0 ? 'an integer index' : 'a positive integer gap',
      );
    }
    if (!isCount(pairs[i + 1]) || pairs[i + 1] === 0)
      fail(`bins[${i + 1}]`, 'a positive integer count');
  }
  return {
    v: 1,
    alpha: alpha as number,
    zero: zero as number,
    bins: pairs as number[],
  };
}
