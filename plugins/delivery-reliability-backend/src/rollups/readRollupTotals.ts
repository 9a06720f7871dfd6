import { Knex } from 'knex';
import { isSqlite, toMs } from '../database/clientInfo';
import { RollupCounts, emptyCounts } from './computeRollups';
import { COUNT_COLUMNS } from './rollupRows';
import { SampleAccumulator } from './SampleAccumulator';
import { rowsOf } from './sql';

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
  for (const [, field] of COUNT_COLUMNS) into[field] += from[field];
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

/** Copies `plus` minus `minus` (running totals at two boundaries). */
function difference(
  plus: RollupTotals | undefined,
  minus: RollupTotals | undefined,
) {
  const totals = emptyTotals();
  if (plus) addTotals(totals, plus);
  if (minus) {
    for (const [, field] of COUNT_COLUMNS) totals[field] -= minus[field];
    totals.leadTime.subtractAll(minus.leadTime);
    totals.recovery.subtractAll(minus.recovery);
  }
  return totals;
}

/**
 * Totals of many entities over several ranges in ONE query. Rows hold
 * running totals, so a range is the totals before its `to` minus those
 * before its `from`: the query fetches, per entity and environment, the
 * last row before each distinct boundary (one index probe each) and the
 * database sums the counts and concatenates the encoded samples per
 * boundary (see sketchCodec). A year of a thousand services is three
 * probes per service, whatever the window length.
 *
 * @returns per range index, totals keyed by entity ref (`''` without `byEntity`).
 * @internal
 */
export async function readRollupTotals(
  knex: Knex,
  options: ReadTotalsOptions,
): Promise<Array<Map<string, RollupTotals>>> {
  if (options.entityRefs.length === 0 || options.environments.length === 0) {
    return options.ranges.map(() => new Map());
  }
  const boundaries = [
    ...new Set(options.ranges.flatMap(r => [r.fromMs, r.toMs])),
  ];
  const key = options.byEntity ? 'r.entity_ref' : `''`;
  const select = `select b.t, ${key} as entity_key,
      ${COUNT_COLUMNS.map(([c]) => `sum(r.${c}) as ${c}`).join(', ')},
      ${
        isSqlite(knex) ? 'group_concat' : 'string_agg'
      }(r.lead_time_sketch, '') as lead_time_sketch,
      ${
        isSqlite(knex) ? 'group_concat' : 'string_agg'
      }(r.recovery_sketch, '') as recovery_sketch`;
  const values = (items: readonly unknown[]) =>
    items.map(() => '(?)').join(', ');
  const result = isSqlite(knex)
    ? await knex.raw(
        // SQLite has no LATERAL; its min/max optimization answers the
        // correlated max() with one index probe.
        `with e(entity_ref) as (values ${values(options.entityRefs)}),
              v(environment) as (values ${values(options.environments)}),
              b(t) as (values ${values(boundaries)})
         ${select}
         from e cross join v cross join b
         join dora_rollup_days r
           on r.entity_ref = e.entity_ref and r.environment = v.environment
          and r.day_start = (select max(d.day_start) from dora_rollup_days d
                             where d.entity_ref = e.entity_ref and d.environment = v.environment
                               and d.day_start < b.t)
         group by b.t, entity_key`,
        [...options.entityRefs, ...options.environments, ...boundaries],
      )
    : await knex.raw(
        `${select}
         from unnest(?::varchar[]) as e(entity_ref)
         cross join unnest(?::varchar[]) as v(environment)
         cross join unnest(?::bigint[]) as b(t)
         cross join lateral (
           select * from dora_rollup_days d
           where d.entity_ref = e.entity_ref and d.environment = v.environment
             and d.day_start < b.t
           order by d.day_start desc limit 1) r
         group by b.t, entity_key`,
        [options.entityRefs, options.environments, boundaries] as any[],
      );

  const at = new Map<number, Map<string, RollupTotals>>();
  for (const row of rowsOf(result)) {
    const totals = emptyTotals();
    // pg answers sums of integers as bigint strings.
    for (const [column, field] of COUNT_COLUMNS)
      totals[field] = Number(row[column]);
    totals.leadTime.addEncoded(row.lead_time_sketch);
    totals.recovery.addEncoded(row.recovery_sketch);
    const t = toMs(row.t);
    if (!at.has(t)) at.set(t, new Map());
    at.get(t)!.set(row.entity_key, totals);
  }
  return options.ranges.map(range => {
    const before = at.get(range.fromMs) ?? new Map<string, RollupTotals>();
    const through = at.get(range.toMs) ?? new Map<string, RollupTotals>();
    return new Map(
      [...through.keys()].map(k => [
        k,
        difference(through.get(k), before.get(k)),
      ]),
    );
  });
}
