import { Knex } from 'knex';
import { chunk } from '../database/clientInfo';
import { readBoundaryRows } from './boundaryRows';
import { RollupCounts, addCounts, emptyCounts } from './computeRollups';
import { RangeTotals } from './RangeTotals';
import { SampleAccumulator } from './SampleAccumulator';

/** A day-aligned range `[fromMs, toMs)` to total. @internal */
export interface TotalsRange {
  fromMs: number;
  toMs: number;
}

/** Summed counts and merged samples of some rollup rows. @internal */
export interface RollupTotals extends RollupCounts {
  leadTime: SampleAccumulator;
  recovery: SampleAccumulator;
}

/** Empty totals. @internal */
export function emptyTotals(): RollupTotals {
  return {
    ...emptyCounts(),
    leadTime: new SampleAccumulator(),
    recovery: new SampleAccumulator(),
  };
}

/** Adds `from` into `into` (counts summed, samples merged). @internal */
export function addTotals(into: RollupTotals, from: RollupTotals): void {
  addCounts(into, from);
  into.leadTime.addAll(from.leadTime);
  into.recovery.addAll(from.recovery);
}

/** Options of {@link readRollupTotals}. @internal */
export interface ReadTotalsOptions {
  entityRefs: readonly string[];
  environments: readonly string[];
  ranges: readonly TotalsRange[];
  /** Total per entity instead of over all of them. */
  byEntity: boolean;
}

/**
 * Totals of many entities over several ranges from ONE read of the rollup
 * rows: per entity and environment, the last row before each distinct
 * boundary (see readBoundaryRows). A year of a thousand services is three
 * probes per service, whatever the window length.
 * @internal
 */
export async function readRangeTotals(
  knex: Knex,
  options: ReadTotalsOptions,
): Promise<RangeTotals> {
  if (options.entityRefs.length === 0 || options.environments.length === 0) {
    return new RangeTotals(new Map(), options.ranges);
  }
  const at = await readBoundaryRows(knex, {
    entityRefs: options.entityRefs,
    environments: options.environments,
    boundaries: [...new Set(options.ranges.flatMap(r => [r.fromMs, r.toMs]))],
    byEntity: options.byEntity,
  });
  return new RangeTotals(at, options.ranges);
}

// Entities per statement of readRangeTotalsInParts.
const PART_ENTITIES = 250;

/**
 * Like readRangeTotals, in parts of a few hundred entities, each handed to
 * `onPart` as soon as it is read: while one part is totalled here, the
 * database already probes the next (the probes and the decoding take about
 * as long as each other, so a thousand services answer in little more than
 * the longer of the two).
 * @internal
 */
export async function readRangeTotalsInParts(
  knex: Knex,
  options: ReadTotalsOptions,
  onPart: (totals: RangeTotals, entityRefs: readonly string[]) => void,
): Promise<void> {
  const parts = chunk(options.entityRefs, PART_ENTITIES);
  const read = (entityRefs: readonly string[]) => {
    const reading = readRangeTotals(knex, { ...options, entityRefs });
    // Awaited below; this only keeps a failure while onPart runs from
    // counting as unhandled.
    reading.catch(() => {});
    return reading;
  };
  let next = parts.length > 0 ? read(parts[0]) : undefined;
  for (let i = 0; i < parts.length; i++) {
    const totals = await next!;
    next = i + 1 < parts.length ? read(parts[i + 1]) : undefined;
    // Let the next statement go out before this part occupies the thread.
    await new Promise(resolve => setImmediate(resolve));
    onPart(totals, parts[i]);
  }
}

/**
 * Every range's totals at once (see readRangeTotals).
 * @returns per range index, totals keyed by entity ref (`''` without `byEntity`).
 * @internal
 */
export async function readRollupTotals(
  knex: Knex,
  options: ReadTotalsOptions,
): Promise<Array<Map<string, RollupTotals>>> {
  const totals = await readRangeTotals(knex, options);
  return options.ranges.map((_, index) => {
    const byKey = new Map<string, RollupTotals>();
    for (const key of totals.keys(index))
      byKey.set(key, totals.fill(key, index, emptyTotals()));
    return byKey;
  });
}
