import { Knex } from 'knex';
import { createBulkWriter } from '../database/bulk';
import { chunk, isSqlite, toMs } from '../database/clientInfo';
import { FoldedBatch } from '../store/foldBatch';
import { SqlRow, rowsOf } from './sql';
import { DAY_MS, dayStart } from './utcCalendar';

// Each SQLite lookup binds one parameter per id.
const IDS_PER_LOOKUP = 500;

/** A time an (entity, environment)'s rollups are stale from. */
interface MarkSource {
  entity_ref: string;
  environment: string;
  at: number;
}

/**
 * The stored versions of the batch's deployments and incidents, read before
 * the batch replaces them: a re-sent event can leave a day (or entity, or
 * environment) and stop naming a deployment, and those must be recomputed too.
 */
async function readPreviousVersions(tx: Knex.Transaction, batch: FoldedBatch) {
  const deploymentIds = batch.deployments.map(d => d.id);
  const incidentIds = [...batch.incidents, ...batch.incidentResolutions].map(
    i => i.id,
  );
  if (deploymentIds.length + incidentIds.length === 0) return [];
  const deploymentsSql = `select entity_ref, environment, finished_at as at,
      rolls_back as ref1, cast(null as varchar(255)) as ref2 from deployments`;
  const incidentsSql = `select entity_ref, environment, started_at as at,
      deployment_id as ref1, fixed_by_deployment_id as ref2 from incidents`;
  if (!isSqlite(tx)) {
    return rowsOf(
      await tx.raw(
        `${deploymentsSql} where id = any(?::varchar[])
         union all ${incidentsSql} where id = any(?::varchar[])`,
        [deploymentIds, incidentIds],
      ),
    );
  }
  const rows: SqlRow[] = [];
  for (const [sql, ids] of [
    [deploymentsSql, deploymentIds],
    [incidentsSql, incidentIds],
  ] as const) {
    for (const part of chunk(ids, IDS_PER_LOOKUP)) {
      rows.push(
        ...(await tx.raw(
          `${sql} where id in (${part.map(() => '?').join(', ')})`,
          part,
        )),
      );
    }
  }
  return rows;
}

/**
 * Marks the batch can make stale that are known without a lookup, and the
 * deployment ids it references (whose days are looked up).
 */
function knownMarks(batch: FoldedBatch, previous: SqlRow[]) {
  const sources: MarkSource[] = [];
  const referenced = new Set<string>();
  for (const d of batch.deployments) {
    sources.push({
      entity_ref: d.entityRef,
      environment: d.environment,
      at: d.finishedAtMs,
    });
    if (d.rollsBack) referenced.add(d.rollsBack);
  }
  for (const i of [...batch.incidents, ...batch.incidentResolutions]) {
    // Attributed by time: the incident's day; recomputation reaches back to
    // the deployment before it.
    sources.push({
      entity_ref: i.entityRef,
      environment: i.environment,
      at: i.startedAtMs,
    });
    if (i.deploymentId) referenced.add(i.deploymentId);
    if (i.fixedByDeploymentId) referenced.add(i.fixedByDeploymentId);
  }
  for (const row of previous) {
    sources.push({
      entity_ref: row.entity_ref,
      environment: row.environment,
      at: toMs(row.at),
    });
    if (row.ref1) referenced.add(row.ref1);
    if (row.ref2) referenced.add(row.ref2);
  }
  return { sources, referenced: [...referenced] };
}

/** Earliest day per (entity, environment). */
function earliestDays(sources: MarkSource[]): Array<[string, string, number]> {
  const earliest = new Map<string, [string, string, number]>();
  for (const { entity_ref, environment, at } of sources) {
    const key = `${entity_ref}\n${environment}`;
    const day = dayStart(at);
    const mark = earliest.get(key);
    if (!mark || day < mark[2])
      earliest.set(key, [entity_ref, environment, day]);
  }
  return [...earliest.values()];
}

const FLOOR_TO_DAY = (column: string) =>
  `${column} - (((${column} % ${DAY_MS}) + ${DAY_MS}) % ${DAY_MS})`;

/**
 * Records, in the batch's transaction, which rollups the batch makes stale:
 * per (entity, environment) the earliest affected day. Covers the batch's
 * deployment and incident days, the previous versions of re-sent ones, the
 * deployments they name (rollsBack, deploymentId, fixedByDeploymentId, old
 * and new) and the deployments shipping any change of the batch (a change
 * arriving after its deployment, or re-sent with another start).
 * PostgreSQL does the lookups and the insert in one statement; its
 * lookups are `lateral … offset 0` probes because, for a few hundred ids,
 * the planner otherwise prefers hash joins over whole-table scans, whose
 * cost grows with the event store.
 */
async function insertMarks(
  tx: Knex.Transaction,
  batch: FoldedBatch,
  previous: SqlRow[],
): Promise<void> {
  const { sources, referenced } = knownMarks(batch, previous);
  const changeIds = batch.changes.map(c => c.id);
  const known = earliestDays(sources);
  if (!isSqlite(tx)) {
    await tx.raw(
      `insert into dora_rollup_marks (entity_ref, environment, from_day)
       select entity_ref, environment, ${FLOOR_TO_DAY('first_at')} from (
         select entity_ref, environment, min(at) as first_at from (
           select * from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as m(entity_ref, environment, at)
           union all
           select d.entity_ref, d.environment, d.finished_at
           from unnest(?::varchar[]) as r(id),
             lateral (select entity_ref, environment, finished_at
                      from deployments where id = r.id offset 0) d
           union all
           select d.entity_ref, d.environment, d.finished_at
           from unnest(?::varchar[]) as c(id),
             lateral (select deployment_id from deployment_changes
                      where change_id = c.id offset 0) l,
             lateral (select entity_ref, environment, finished_at
                      from deployments where id = l.deployment_id offset 0) d
         ) x group by entity_ref, environment
       ) y`,
      [
        known.map(m => m[0]),
        known.map(m => m[1]),
        known.map(m => m[2]),
        referenced,
        changeIds,
      ],
    );
    return;
  }
  for (const part of chunk(referenced, IDS_PER_LOOKUP)) {
    sources.push(
      ...(await tx.raw(
        `select entity_ref, environment, finished_at as at from deployments
         where id in (${part.map(() => '?').join(', ')})`,
        part,
      )),
    );
  }
  for (const part of chunk(changeIds, IDS_PER_LOOKUP)) {
    sources.push(
      ...(await tx.raw(
        `select d.entity_ref, d.environment, d.finished_at as at
         from deployment_changes l join deployments d on d.id = l.deployment_id
         where l.change_id in (${part.map(() => '?').join(', ')})`,
        part,
      )),
    );
  }
  await createBulkWriter(tx).insert(
    'dora_rollup_marks',
    [
      { name: 'entity_ref', pgType: 'varchar' },
      { name: 'environment', pgType: 'varchar' },
      { name: 'from_day', pgType: 'bigint' },
    ],
    earliestDays(sources.map(s => ({ ...s, at: toMs(s.at) }))),
  );
}

/**
 * Runs `write` (the batch's upserts) between reading the versions it
 * replaces and recording the rollups it makes stale, all inside `tx`, so
 * stored events and dirty marks commit or roll back together.
 * @internal
 */
export async function writeBatchMarkingRollups(
  tx: Knex.Transaction,
  batch: FoldedBatch,
  write: () => Promise<void>,
): Promise<void> {
  const previous = await readPreviousVersions(tx, batch);
  await write();
  await insertMarks(tx, batch, previous);
}
