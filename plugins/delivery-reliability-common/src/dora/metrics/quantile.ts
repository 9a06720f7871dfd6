/**
 * The nearest-rank quantile rule shared by the exact metric functions and the
 * mergeable sketch, so both pick the same sample (DESIGN.md: p50 of n sorted
 * values is the value at rank ⌈0.5·n⌉).
 */

/**
 * The 1-based nearest rank ⌈q·n⌉ of quantile `q` among `n` sorted values,
 * clamped to `[1, n]` so `q = 0` picks the smallest value.
 * @public
 */
export function nearestRank(q: number, n: number): number {
  if (!(q >= 0 && q <= 1)) {
    throw new RangeError(`quantile must be within [0, 1], got ${q}`);
  }
  const exact = q * n;
  const rounded = Math.round(exact);
  // Binary floating point makes 0.07 · 100 = 7.000000000000001; its ceiling
  // would be rank 8, so products within rounding noise of an integer snap to it.
  const rank =
    Math.abs(exact - rounded) <= 1e-9 * Math.max(1, exact)
      ? rounded
      : Math.ceil(exact);
  return Math.min(n, Math.max(1, rank));
}

/**
 * Nearest-rank quantile of values already sorted ascending; `null` when there
 * are none.
 * @public
 */
export function nearestRankQuantile(
  sortedAscending: readonly number[],
  q: number,
): number | null {
  if (sortedAscending.length === 0) return null;
  return sortedAscending[nearestRank(q, sortedAscending.length) - 1];
}

/** A sorted copy, ascending by numeric value. */
export function sortAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
