// TEMPORARY profiling script (deleted before hand-off).
import knexFactory from 'knex';
import { ConfigReader } from '@backstage/config';
import { RollupStore } from '../../rollups/RollupStore';
import { KnexSloStatusStore } from '../../slo/status/KnexSloStatusStore';
import { ComparisonService } from '../ComparisonService';
import { readDoraSettings } from '../../dora/doraConfig';
import { readSloPolicies } from '../../slo/policy/readSloPolicies';
import { DEFAULT_VERDICT_THRESHOLDS } from '@delivery-reliability/plugin-delivery-reliability-common';

const DAY = 86_400_000;
const END = Date.UTC(2025, 11, 17);

async function main() {
  const knex = knexFactory({
    client: 'pg',
    connection: `${process.env.PG}/dora_bench_delivery-reliability`,
  });
  const groups = new Map<string, any>();
  const components = new Map<string, any>();
  groups.set('group:default/svc-org', {
    entityRef: 'group:default/svc-org',
    parentRefs: [],
    childRefs: Array.from(
      { length: 20 },
      (_, t) => `group:default/svc-team-${String(t).padStart(2, '0')}`,
    ),
  });
  for (let t = 0; t < 20; t++) {
    const ref = `group:default/svc-team-${String(t).padStart(2, '0')}`;
    groups.set(ref, {
      entityRef: ref,
      parentRefs: ['group:default/svc-org'],
      childRefs: [],
    });
  }
  for (let s = 0; s < 1000; s++) {
    const ref = `component:default/svc-${String(s).padStart(4, '0')}`;
    components.set(ref, {
      entityRef: ref,
      ownerRef: `group:default/svc-team-${String(Math.floor(s / 50)).padStart(
        2,
        '0',
      )}`,
      systemRef: null,
    });
  }
  const org = { groups, components };
  const rollups = new RollupStore(knex, { leadTimeStart: 'firstCommit' });
  const timedRollups = {
    processMarks: async (refs: any) => {
      const t = performance.now();
      const r = await rollups.processMarks(refs);
      console.log('  processMarks', (performance.now() - t).toFixed(0));
      return r;
    },
    readTotals: async (o: any) => {
      const t = performance.now();
      const r = await rollups.readTotals(o);
      console.log('  readTotals', (performance.now() - t).toFixed(0));
      return r;
    },
  };
  const service = new ComparisonService({
    catalog: { getEntities: async () => ({ items: [] }) } as any,
    rollups: timedRollups,
    sloStatus: new KnexSloStatusStore(knex),
    settings: readDoraSettings(new ConfigReader({}), ['production']),
    policies: readSloPolicies(new ConfigReader({})),
    thresholds: DEFAULT_VERDICT_THRESHOLDS,
    catalogCacheTtlMs: 1e9,
  });
  (service as any).orgCache.get = async () => org;
  for (const days of [90, 365, 90, 365, 90, 365]) {
    const t = performance.now();
    const body = await service.getComparison(
      {
        window: { fromMs: END - days * DAY, toMs: END },
        groupRef: 'group:default/svc-org',
      },
      {} as any,
    );
    const t2 = performance.now();
    const json = JSON.stringify(body);
    console.log(
      days,
      'total',
      (t2 - t).toFixed(0),
      'ms; stringify',
      (performance.now() - t2).toFixed(0),
      'ms',
      json.length,
    );
  }
  await knex.destroy();
}
main();
