import { BoundaryRow } from './boundaryRows';
import type { RollupTotals, TotalsRange } from './readRollupTotals';
import { RollupCounts, emptyCounts } from './computeRollups';

const NONE = new Map<string, BoundaryRow>();
const NO_COUNTS: RollupCounts = emptyCounts();

/**
 * The running totals read once, from which each range's totals are
 * computed when asked: a range is the totals before its end minus those
 * before its start, each boundary's samples decoded straight into the
 * range's accumulators (no copy of a boundary).
 * @internal
 */
export class RangeTotals {
  constructor(
    private readonly at: Map<number, Map<string, BoundaryRow>>,
    private readonly ranges: readonly TotalsRange[],
  ) {}

  /** Keys (entity refs, or `''`) with totals in range `index`. */
  keys(index: number): Iterable<string> {
    return (this.at.get(this.ranges[index].toMs) ?? NONE).keys();
  }

  /**
   * Fills `into` (emptied first, so a caller can reuse it) with `key`'s
   * totals over range `index`; it stays empty when there are none.
   */
  fill(key: string, index: number, into: RollupTotals): RollupTotals {
    const range = this.ranges[index];
    const through = this.rowAt(range.toMs, key);
    const before = this.rowAt(range.fromMs, key);
    setCounts(into, through, before);
    into.leadTime
      .reset()
      .addEncoded(through?.leadTimeSketch)
      .subtractEncoded(before?.leadTimeSketch);
    into.recovery
      .reset()
      .addEncoded(through?.recoverySketch)
      .subtractEncoded(before?.recoverySketch);
    return into;
  }

  /**
   * Fills `intos[i]` with `key`'s totals over range `i`, for every range.
   * When range 1 ends where range 0 starts (a window and the one before
   * it) that boundary's samples are decoded once, into range 1, and
   * subtracted from range 0 before range 1's own start is subtracted.
   */
  fillAll(key: string, intos: readonly RollupTotals[]): void {
    const [window, previous] = this.ranges;
    if (!previous || previous.toMs !== window.fromMs) {
      intos.forEach((into, index) => this.fill(key, index, into));
      return;
    }
    const [current, earlier, ...rest] = intos;
    const through = this.rowAt(window.toMs, key);
    const middle = this.rowAt(window.fromMs, key);
    const first = this.rowAt(previous.fromMs, key);
    setCounts(current, through, middle);
    setCounts(earlier, middle, first);
    for (const samples of ['leadTime', 'recovery'] as const) {
      const encoded =
        samples === 'leadTime' ? 'leadTimeSketch' : 'recoverySketch';
      earlier[samples].reset().addEncoded(middle?.[encoded]);
      current[samples]
        .reset()
        .addEncoded(through?.[encoded])
        .subtractAll(earlier[samples]);
      earlier[samples].subtractEncoded(first?.[encoded]);
    }
    rest.forEach((into, index) => this.fill(key, index + 2, into));
  }

  private rowAt(boundaryMs: number, key: string): BoundaryRow | undefined {
    return this.at.get(boundaryMs)?.get(key);
  }
}

/** `into`'s counts: the running totals `through` minus `before` (absent: zero). */
function setCounts(
  into: RollupTotals,
  through: BoundaryRow | undefined,
  before: BoundaryRow | undefined,
): void {
  const minus = before ?? NO_COUNTS;
  const plus = through ?? NO_COUNTS;
  into.deployments = plus.deployments - minus.deployments;
  into.failed = plus.failed - minus.failed;
  into.unplanned = plus.unplanned - minus.unplanned;
  into.leadTimeN = plus.leadTimeN - minus.leadTimeN;
  into.recoveryFailed = plus.recoveryFailed - minus.recoveryFailed;
  into.recoveryUnresolved = plus.recoveryUnresolved - minus.recoveryUnresolved;
  into.recoveryN = plus.recoveryN - minus.recoveryN;
}
