/**
 * A multiset of exact sample values in whole milliseconds, kept in
 * ascending order when it can be at no cost: stored records are sorted, so
 * a window's values (one record minus another) are a merge, not a sort or a
 * map of counts — a comparison does this for thousands of services.
 * @internal
 */
export class ExactValues {
  private values: number[] = [];
  private ascending = true;

  /** How many values. */
  get length(): number {
    return this.values.length;
  }

  /** Adds one value. */
  add(ms: number): void {
    const n = this.values.length;
    if (n > 0 && ms < this.values[n - 1]) this.ascending = false;
    this.values.push(ms);
  }

  /** Adds several values. */
  addAll(ms: readonly number[]): void {
    for (const value of ms) this.add(value);
  }

  /** The values in no particular order. */
  all(): readonly number[] {
    return this.values;
  }

  /** The values in ascending order (sorted in place the first time asked). */
  sorted(): readonly number[] {
    if (!this.ascending) {
      // A typed array sorts numerically without a comparator call per step
      // (a team's merged values run to tens of thousands).
      const sorted = Float64Array.from(this.values).sort();
      for (let i = 0; i < sorted.length; i++) this.values[i] = sorted[i];
      this.ascending = true;
    }
    return this.values;
  }

  /** Removes and returns every value (in no particular order). */
  takeAll(): number[] {
    const all = this.values;
    this.values = [];
    this.ascending = true;
    return all;
  }

  /**
   * Removes one occurrence of each of `ms` that is held (a multiset
   * difference) and returns the ones that were not, ascending.
   */
  removeAll(ms: readonly number[]): number[] {
    const removed = isAscending(ms) ? ms : [...ms].sort((a, b) => a - b);
    const held = this.sorted();
    const kept: number[] = [];
    const unmatched: number[] = [];
    let i = 0;
    for (const value of removed) {
      while (i < held.length && held[i] < value) kept.push(held[i++]);
      if (i < held.length && held[i] === value) i++;
      else unmatched.push(value);
    }
    while (i < held.length) kept.push(held[i++]);
    this.values = kept;
    return unmatched;
  }
}

function isAscending(ms: readonly number[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i] < ms[i - 1]) return false;
  return true;
}
