import {
  DoraChange,
  DoraDeployment,
  DoraIncident,
  DoraInput,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { toMs, toOptionalMs } from '../database/clientInfo';
import { RollupScope, SqlRow, rowsOf, scopeKey, scopesCte } from './sql';

/** The raw events one scope's recomputation needs, as common's DORA records. @internal */
export interface ScopeInput extends DoraInput {
  deployments: DoraDeployment[];
  changes: DoraChange[];
  incidents: DoraIncident[];
}

// The scope's succeeded deployments from its first stale day on; every
// other query starts from these.
const DS = `ds as (
  select d.id, d.entity_ref, d.environment, d.finished_at, d.rollback,
         d.rolls_back, d.hotfix, s.from_ms
  from s join deployments d
    on d.entity_ref = s.entity_ref and d.environment = s.environment
   and d.finished_at >= s.from_ms
  where d.status = 'succeeded')`;

const INCIDENT_COLUMNS = `i.id, i.entity_ref, i.environment, i.started_at,
  i.resolved_at, i.deployment_id, i.fixed_by_deployment_id`;

const QUERIES = {
  deployments: `select id, entity_ref, environment, finished_at, rollback, rolls_back, hotfix from ds`,
  links: `select l.deployment_id, l.change_id, c.entity_ref, c.first_commit_at, c.pr_opened_at, c.merged_at
    from ds join deployment_changes l on l.deployment_id = ds.id
    left join changes c on c.id = l.change_id`,
  // Earlier deployments of the scope shipping the same changes: they make a
  // later deployment of a change not its first (no lead time sample there).
  earlier: `select distinct ds.entity_ref as scope_entity, ds.environment as scope_environment,
      d2.id, d2.finished_at, l2.change_id
    from ds join deployment_changes l on l.deployment_id = ds.id
    join deployment_changes l2 on l2.change_id = l.change_id
    join deployments d2 on d2.id = l2.deployment_id
    where d2.entity_ref = ds.entity_ref and d2.environment = ds.environment
      and d2.status = 'succeeded' and d2.finished_at < ds.from_ms`,
  // Incidents attributable by time (same entity and environment, started
  // after the first stale day) or naming a scope deployment as cause or fix,
  // whatever their entity.
  incidents: `select s.entity_ref as scope_entity, s.environment as scope_environment, ${INCIDENT_COLUMNS}
    from s join incidents i
      on i.entity_ref = s.entity_ref and i.environment = s.environment
     and i.started_at >= s.from_ms
    where i.deployment_id is null
    union all
    select ds.entity_ref, ds.environment, ${INCIDENT_COLUMNS}
    from ds join incidents i on i.deployment_id = ds.id
    union all
    select ds.entity_ref, ds.environment, ${INCIDENT_COLUMNS}
    from ds join incidents i on i.fixed_by_deployment_id = ds.id`,
  // Rollbacks of other entities naming a scope deployment.
  foreignRollbacks: `select ds.entity_ref as scope_entity, ds.environment as scope_environment,
      r.id, r.entity_ref, r.environment, r.finished_at, r.rollback, r.rolls_back, r.hotfix
    from ds join deployments r on r.rolls_back = ds.id
    where r.status = 'succeeded' and r.environment = ds.environment
      and r.entity_ref <> ds.entity_ref`,
};

function toDeployment(row: SqlRow, changeIds: string[]): DoraDeployment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    status: 'succeeded',
    finishedAtMs: toMs(row.finished_at),
    rollback: Boolean(row.rollback) || Boolean(row.rolls_back),
    ...(row.rolls_back && { rollsBack: row.rolls_back }),
    hotfix: Boolean(row.hotfix),
    changeIds,
  };
}

function toIncident(row: SqlRow): DoraIncident {
  const resolvedAtMs = toOptionalMs(row.resolved_at);
  return {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    startedAtMs: toMs(row.started_at),
    ...(resolvedAtMs !== undefined && { resolvedAtMs }),
    ...(row.deployment_id && { deploymentId: row.deployment_id }),
    ...(row.fixed_by_deployment_id && {
      fixedByDeploymentId: row.fixed_by_deployment_id,
    }),
  };
}

/**
 * Loads, for many scopes at once (a few set-based queries, whatever their
 * number), every raw event that can decide a rollup of the scope from its
 * `fromMs` on. `withEarlier: false` skips the earlier-deployments query when
 * no deployment can precede the scopes (full rebuilds).
 * @internal
 */
export async function loadScopeInputs(
  knex: Knex,
  scopes: readonly RollupScope[],
  options: { withEarlier: boolean },
): Promise<Map<string, ScopeInput>> {
  const inputs = new Map<string, ScopeInput>();
  if (scopes.length === 0) return inputs;
  const cte = scopesCte(knex, scopes);
  const run = async (select: string) =>
    rowsOf(await knex.raw(`with ${cte.sql}, ${DS} ${select}`, cte.bindings));
  const inputOf = (entityRef: string, environment: string) => {
    const key = scopeKey(entityRef, environment);
    let input = inputs.get(key);
    if (!input) {
      input = { deployments: [], changes: [], incidents: [] };
      inputs.set(key, input);
    }
    return input;
  };

  const [deploymentRows, linkRows, incidentRows, foreignRows] = [
    await run(QUERIES.deployments),
    await run(QUERIES.links),
    await run(QUERIES.incidents),
    await run(QUERIES.foreignRollbacks),
  ];
  const earlierRows = options.withEarlier ? await run(QUERIES.earlier) : [];

  const changeIdsOf = new Map<string, string[]>();
  const changes = new Map<string, DoraChange>();
  for (const row of linkRows) {
    const ids = changeIdsOf.get(row.deployment_id) ?? [];
    ids.push(row.change_id);
    changeIdsOf.set(row.deployment_id, ids);
    // A change not received yet is still listed, so it counts as deployed.
    const firstCommitAtMs = toOptionalMs(row.first_commit_at);
    if (firstCommitAtMs === undefined) continue;
    const prOpenedAtMs = toOptionalMs(row.pr_opened_at);
    const mergedAtMs = toOptionalMs(row.merged_at);
    changes.set(row.change_id, {
      id: row.change_id,
      entityRef: row.entity_ref,
      firstCommitAtMs,
      ...(prOpenedAtMs !== undefined && { prOpenedAtMs }),
      ...(mergedAtMs !== undefined && { mergedAtMs }),
    });
  }
  for (const row of deploymentRows) {
    const deployment = toDeployment(row, changeIdsOf.get(row.id) ?? []);
    const input = inputOf(row.entity_ref, row.environment);
    input.deployments.push(deployment);
    for (const id of deployment.changeIds) {
      const change = changes.get(id);
      if (change) input.changes.push(change);
    }
  }

  // Earlier deployments only matter for the changes they share; they carry
  // no other data, so they cannot change any day from `fromMs` on.
  const earlier = new Map<string, { row: SqlRow; changeIds: string[] }>();
  for (const row of earlierRows) {
    const key = `${scopeKey(row.scope_entity, row.scope_environment)}\n${
      row.id
    }`;
    const entry = earlier.get(key) ?? { row, changeIds: [] };
    entry.changeIds.push(row.change_id);
    earlier.set(key, entry);
  }
  for (const { row, changeIds } of earlier.values()) {
    inputOf(row.scope_entity, row.scope_environment).deployments.push(
      toDeployment(
        {
          ...row,
          entity_ref: row.scope_entity,
          environment: row.scope_environment,
        },
        changeIds,
      ),
    );
  }

  // Another entity's rollback only reverts; it must not claim changes.
  for (const row of foreignRows) {
    inputOf(row.scope_entity, row.scope_environment).deployments.push(
      toDeployment(row, []),
    );
  }

  const seenIncidents = new Set<string>();
  for (const row of incidentRows) {
    const key = `${scopeKey(row.scope_entity, row.scope_environment)}\n${
      row.id
    }`;
    if (seenIncidents.has(key)) continue;
    seenIncidents.add(key);
    inputOf(row.scope_entity, row.scope_environment).incidents.push(
      toIncident(row),
    );
  }
  return inputs;
}
