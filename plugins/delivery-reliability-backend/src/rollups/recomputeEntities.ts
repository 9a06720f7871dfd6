import { LeadTimeStart } from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { isSqlite, toMs } from '../database/clientInfo';
import { computeDayFacts, runningTotals } from './computeRollups';
import { loadScopeInputs } from './loadScopeInputs';
import {
  deleteMarks,
  deleteRollupsFrom,
  deleteRollupsOfEntities,
  insertRollups,
  readBaseRows,
} from './rollupRows';
import { RollupScope, inList, rowsOf, scopeKey, scopesCte } from './sql';
import { dayStart } from './utcCalendar';

/**
 * Before any event: a full recomputation starts here. A month start well
 * inside the range of JavaScript dates, so calendar math stays defined.
 * @internal
 */
export const BEGINNING_MS = Date.UTC(-100_000, 0, 1);

/** What one recomputation wrote. @internal */
export interface RecomputeCounts {
  entities: number;
  scopes: number;
  dayRows: number;
  /** Production deployments on the recomputed days. */
  deployments: number;
}

// pg_advisory_xact_lock(key1, key2): key1 names this plugin's rollup locks.
const LOCK_NAMESPACE = 0x44524c52 | 0;

function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash | 0;
}

/**
 * Serializes recomputations of the same entities across replicas: each
 * transaction holds a lock per entity (taken in ascending order, so two
 * transactions never wait on each other in a cycle) while it reads marks and
 * events and writes rollups, so a slower worker can never overwrite newer
 * rollups with older ones. SQLite has one writer anyway.
 */
async function lockEntities(tx: Knex.Transaction, entityRefs: string[]) {
  if (isSqlite(tx)) return;
  const keys = [...new Set(entityRefs.map(hash32))].sort((a, b) => a - b);
  await tx.raw(
    'select pg_advisory_xact_lock(?, k) from unnest(?::integer[]) as t(k)',
    [LOCK_NAMESPACE, keys],
  );
}

/**
 * Every query of a recomputation probes indexes per scope (a few entities
 * out of many); for a few dozen scopes PostgreSQL's estimates favour hash
 * joins over whole tables, whose cost grows with the event store.
 */
async function preferIndexProbes(tx: Knex.Transaction) {
  if (isSqlite(tx)) return;
  await tx.raw('set local enable_hashjoin = off');
  await tx.raw('set local enable_mergejoin = off');
}

/** Scopes from marks: the earliest marked day per entity and environment. */
function scopesOfMarks(marks: Array<Record<string, any>>): RollupScope[] {
  const earliest = new Map<string, RollupScope>();
  for (const mark of marks) {
    const key = scopeKey(mark.entity_ref, mark.environment);
    const fromMs = dayStart(toMs(mark.from_day));
    const scope = earliest.get(key);
    if (!scope || fromMs < scope.fromMs) {
      earliest.set(key, {
        entityRef: mark.entity_ref,
        environment: mark.environment,
        fromMs,
      });
    }
  }
  return [...earliest.values()];
}

/**
 * Moves each scope's start back to the day of its latest non-rollback
 * production deployment before it: an incident attributed by time, or a
 * rollback naming nothing, on a marked day can fail that deployment. The
 * latest earlier deployment of any kind is later, so it is covered too.
 */
async function extendToPreviousDeployment(
  tx: Knex.Transaction,
  scopes: RollupScope[],
): Promise<RollupScope[]> {
  if (scopes.length === 0) return scopes;
  const cte = scopesCte(tx, scopes);
  const rows = rowsOf(
    await tx.raw(
      `with ${cte.sql}
       select s.entity_ref, s.environment, s.from_ms,
         (select max(d.finished_at) from deployments d
          where d.entity_ref = s.entity_ref and d.environment = s.environment
            and d.status = 'succeeded' and d.finished_at < s.from_ms
            and d.rollback = false and d.rolls_back is null) as previous_ms
       from s`,
      cte.bindings,
    ),
  );
  return rows.map(row => ({
    entityRef: row.entity_ref,
    environment: row.environment,
    fromMs:
      row.previous_ms === null || row.previous_ms === undefined
        ? toMs(row.from_ms)
        : Math.min(toMs(row.from_ms), dayStart(toMs(row.previous_ms))),
  }));
}

/** Every environment with events of the entities, for a full recomputation. */
async function allScopesOf(tx: Knex.Transaction, entityRefs: string[]) {
  const filter = inList(tx, 'entity_ref', entityRefs);
  const rows = rowsOf(
    await tx.raw(
      `select distinct entity_ref, environment from deployments where ${filter.sql}
       union
       select distinct entity_ref, environment from incidents where ${filter.sql}`,
      [...filter.bindings, ...filter.bindings],
    ),
  );
  return rows.map(row => ({
    entityRef: row.entity_ref as string,
    environment: row.environment as string,
    fromMs: BEGINNING_MS,
  }));
}

/**
 * Recomputes the rollups of some entities in one transaction: `marks` mode
 * from each marked day on (extended back one deployment, see above), `full`
 * mode from the beginning. The marks read are deleted in the same
 * transaction, so a crash leaves them for the next run, and marks written
 * meanwhile (other ids) stay for the next run too.
 * @internal
 */
export async function recomputeEntities(
  knex: Knex,
  entityRefs: string[],
  mode: 'marks' | 'full',
  options: { leadTimeStart: LeadTimeStart },
): Promise<RecomputeCounts> {
  return knex.transaction(async tx => {
    await preferIndexProbes(tx);
    await lockEntities(tx, entityRefs);
    const filter = inList(tx, 'entity_ref', entityRefs);
    const marks = rowsOf(
      await tx.raw(
        `select id, entity_ref, environment, from_day from dora_rollup_marks where ${filter.sql}`,
        filter.bindings,
      ),
    );
    const scopes =
      mode === 'full'
        ? await allScopesOf(tx, entityRefs)
        : await extendToPreviousDeployment(tx, scopesOfMarks(marks));

    // Nothing precedes a scope recomputed from the beginning.
    const inputs = await loadScopeInputs(tx, scopes, {
      withEarlier: scopes.some(s => s.fromMs > BEGINNING_MS),
    });
    // Recomputed days continue the stored totals of the day before them.
    const bases = mode === 'full' ? new Map() : await readBaseRows(tx, scopes);
    let deployments = 0;
    const rows = scopes.flatMap(scope => {
      const key = scopeKey(scope.entityRef, scope.environment);
      const input = inputs.get(key) ?? {
        deployments: [],
        changes: [],
        incidents: [],
      };
      const facts = computeDayFacts(scope, input, options);
      facts.forEach(day => (deployments += day.deployments));
      return runningTotals(scope, bases.get(key), facts);
    });
    if (mode === 'full') await deleteRollupsOfEntities(tx, entityRefs);
    else await deleteRollupsFrom(tx, scopes);
    await insertRollups(tx, rows);
    await deleteMarks(
      tx,
      marks.map(mark => Number(mark.id)),
    );

    return {
      entities: new Set(scopes.map(s => s.entityRef)).size,
      scopes: scopes.length,
      dayRows: rows.length,
      deployments,
    };
  });
}
