import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import { DayFacts, emptyCounts, runningTotals } from './computeRollups';
import {
  RollupTotals,
  emptyTotals,
  readRangeTotalsInParts,
  readRollupTotals,
} from './readRollupTotals';
import { insertRollups } from './rollupRows';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const D0 = Date.parse('2026-01-01T00:00:00Z');
const refOf = (i: number) =>
  `component:default/s-${String(i).padStart(3, '0')}`;
// More entities than one part holds (250), so the read comes in two parts.
const ENTITIES = 260;

/** Day `d` of entity `i`: a deterministic spread of counts and durations. */
function factsOf(i: number, d: number): DayFacts {
  const n = (i + d) % 4;
  const leadTimes = Array.from(
    { length: n },
    (_, k) => 60 * (1 + ((i * 7 + d * 13 + k * 29) % 500)),
  );
  return {
    ...emptyCounts(),
    startMs: D0 + d * DAY,
    deployments: n + 1,
    failed: d % 3 === 0 ? 1 : 0,
    leadTimeN: n,
    leadTimes,
    recoveryN: d % 3 === 0 ? 1 : 0,
    recoveries: d % 3 === 0 ? [300 * (1 + (i % 5))] : [],
  };
}

const summary = (t: RollupTotals) => ({
  deployments: t.deployments,
  failed: t.failed,
  leadTimeN: t.leadTimeN,
  lead: t.leadTime.quantiles([0.5, 0.9]),
  recovery: t.recovery.quantiles([0.5]),
});

describe('readRangeTotalsInParts', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: any) {
    const knex: Knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    // Ten days per entity; every fifth entity also deploys to `canary`.
    const rows = Array.from({ length: ENTITIES }, (_, i) => {
      const facts = Array.from({ length: 10 }, (__, d) => factsOf(i, d));
      const envs = i % 5 === 0 ? ['production', 'canary'] : ['production'];
      return envs.flatMap(environment =>
        runningTotals({ entityRef: refOf(i), environment }, undefined, facts),
      );
    }).flat();
    await knex.transaction(tx => insertRollups(tx, rows));
    return knex;
  }

  it.each(databases.eachSupportedId())(
    'hands over every entity once, with the totals a single read gives, %p',
    async databaseId => {
      const knex = await setup(databaseId);
      const options = {
        entityRefs: Array.from({ length: ENTITIES }, (_, i) => refOf(i)),
        environments: ['production', 'canary'],
        // A window and the one before it (their shared boundary is decoded
        // once), and a range ending elsewhere.
        ranges: [
          { fromMs: D0 + 5 * DAY, toMs: D0 + 10 * DAY },
          { fromMs: D0 + 2 * DAY, toMs: D0 + 5 * DAY },
        ],
        byEntity: true,
      };
      const expected = await readRollupTotals(knex, options);
      const parts: number[] = [];
      const seen = new Map<string, unknown>();
      await readRangeTotalsInParts(knex, options, (totals, refs) => {
        parts.push(refs.length);
        for (const ref of refs) {
          const pair = [emptyTotals(), emptyTotals()];
          totals.fillAll(ref, pair);
          seen.set(ref, pair.map(summary));
        }
      });
      expect(parts).toEqual([250, 10]);
      expect(seen.size).toBe(ENTITIES);
      for (const ref of options.entityRefs) {
        expect({ ref, totals: seen.get(ref) }).toEqual({
          ref,
          totals: expected.map(range => summary(range.get(ref)!)),
        });
      }
      // Counts worked by hand for entity 0 (production and canary alike):
      // days 5–9 deploy (d % 4) + 1 = 2+3+4+1+2 = 12 times per environment.
      const [window] = expected;
      expect(window.get(refOf(0))!.deployments).toBe(24);
      // failed on days 6 and 9 (d % 3 = 0): 2 per environment.
      expect(window.get(refOf(0))!.failed).toBe(4);
    },
  );
});
