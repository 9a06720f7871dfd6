// TEMPORARY profiling script (deleted before hand-off).
import knexFactory from 'knex';
import { RollupStore } from '../../rollups/RollupStore';
import { reportOfTotals } from '../../dora/doraReport';
import { getDoraTierTable } from '@delivery-reliability/plugin-delivery-reliability-common';

const DAY = 86_400_000;
const END = Date.UTC(2025, 11, 17);
async function main() {
  const knex = knexFactory({ client: 'pg', connection: `${process.env.PG}/dora_bench_delivery-reliability` });
  const rollups = new RollupStore(knex, { leadTimeStart: 'firstCommit' });
  const refs = Array.from({ length: 1000 }, (_, s) => `component:default/svc-${String(s).padStart(4, '0')}`);
  const table = getDoraTierTable('2023');
  for (const days of [90, 365, 90, 365, 90, 365]) {
    const w = { fromMs: END - days * DAY, toMs: END };
    const p = { fromMs: 2 * w.fromMs - w.toMs, toMs: w.fromMs };
    for (const byEntity of [false, true]) {
      const t = performance.now();
      const [cur, prev] = await rollups.readTotals({ entityRefs: refs, environments: ['production'], ranges: [w, p], byEntity });
      const t2 = performance.now();
      for (const v of cur.values()) reportOfTotals(v, w, table);
      for (const v of prev.values()) reportOfTotals(v, p, table);
      console.log(days, byEntity ? 'byEntity' : 'summed  ', 'readTotals', (t2 - t).toFixed(0), 'reports', (performance.now() - t2).toFixed(0));
    }
  }
  await knex.destroy();
}
main();
