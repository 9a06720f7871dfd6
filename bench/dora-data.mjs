// Synthetic delivery history for bench/dora.mjs: set-based SQL for PostgreSQL
// (generate_series; ~1 M deployments in a minute or two) and a seeded JS
// generator for SQLite, plus the matching catalog file (teams of 50 services
// under one org group, so Group refs resolve through the real catalog).
export const DAY = 86_400_000;
/** The data covers the 365 days before END: a UTC midnight mid-month, so windows have edge weeks and days like real ones. */
export const END = Date.UTC(2025, 11, 17);
export const START = END - 365 * DAY;

export const refOf = (prefix, s) =>
  `component:default/${prefix}-${String(s).padStart(4, '0')}`;

/**
 * Inserts `services` services with `perService` deployments each (evenly
 * spread over the year with jitter; 3 % failed, 1 % rollbacks, 2 % hotfixes),
 * 3 changes per deployment (lead time log-uniform 1 h – 10 d) and
 * `incidentsPerService` incidents (30 % naming a deployment, 10 % naming a
 * fix, 5 % unresolved), all in PostgreSQL, set-based.
 */
export async function loadPostgres(
  client,
  { prefix, services, perService, incidentsPerService },
) {
  const span = 365 * DAY;
  await client.query('select setseed(0.42)');
  await client.query(
    `insert into deployments (id, entity_ref, environment, status, finished_at, rollback, hotfix)
     select 'd-${prefix}-' || s || '-' || n,
            'component:default/${prefix}-' || lpad(s::text, 4, '0'),
            'production',
            case when random() < 0.03 then 'failed' else 'succeeded' end,
            $1::bigint + floor((n + random()) * $2::float8)::bigint,
            random() < 0.01, random() < 0.02
     from generate_series(0, $3::int - 1) s, generate_series(0, $4::int - 1) n`,
    [START, span / perService, services, perService],
  );
  await client.query(
    `insert into deployment_changes (deployment_id, change_id, position)
     select d.id, 'c' || substr(d.id, 2) || '-' || k, k
     from deployments d, generate_series(0, 2) k
     where d.id like 'd-${prefix}-%'`,
  );
  await client.query(
    `insert into changes (id, entity_ref, first_commit_at, merged_at)
     select c.id, d.entity_ref, d.finished_at - c.lead_ms, d.finished_at - c.lead_ms / 4
     from deployments d,
       lateral (select 'c' || substr(d.id, 2) || '-' || k as id,
                       floor(3600000 * exp(random() * ln(240)))::bigint as lead_ms
                from generate_series(0, 2) k) c
     where d.id like 'd-${prefix}-%'`,
  );
  await client.query(
    `insert into incidents (id, entity_ref, environment, severity, started_at, resolved_at, deployment_id, fixed_by_deployment_id)
     select 'i-${prefix}-' || s || '-' || n,
            'component:default/${prefix}-' || lpad(s::text, 4, '0'),
            'production', 'sev2', t.started_at,
            case when random() < 0.05 then null
                 else t.started_at + floor(300000 * exp(random() * ln(576)))::bigint end,
            case when random() < 0.3
                 then 'd-${prefix}-' || s || '-' || floor(random() * $4::int)::int end,
            case when random() < 0.1
                 then 'd-${prefix}-' || s || '-' || floor(random() * $4::int)::int end
     from generate_series(0, $2::int - 1) s, generate_series(0, $3::int - 1) n,
       lateral (select $1::bigint + floor(random() * ${span})::bigint + (s * 0) as started_at) t`,
    [START, services, incidentsPerService, perService],
  );
}

/**
 * Two SLO objectives per service in the `slo_status` snapshot (as an
 * evaluation cycle would leave it), with mixed statuses: budget left spread
 * over −20 %…100 % by a fixed pattern, so ≈ 17 % frozen, 21 % at risk, the
 * rest ok, and every tenth service's second objective without data. The
 * team comparison reads these; the evaluator is kept from replacing them
 * (bench/dora.mjs sets a one-day step). Replaces earlier rows of the prefix.
 */
export async function loadSloStatusPostgres(client, { prefix, services }) {
  await client.query(
    `delete from slo_status where entity_ref like 'component:default/${prefix}-%'`,
  );
  await client.query(
    `insert into slo_status (entity_ref, slo_id, name, target, sli, budget_remaining_ratio, status, alert_state, evaluated_at_ms)
     select ref, slo_id, slo_id, 0.999, case when budget is null then null else 1 - 0.001 * (1 - budget) end,
            budget,
            case when budget is null then 'no-data' when budget <= 0 then 'frozen'
                 when budget < 0.25 then 'at-risk' else 'ok' end,
            'none', $2::bigint
     from (select 'component:default/${prefix}-' || lpad(s::text, 4, '0') as ref,
                  '${prefix}-' || s || (case when k = 0 then '-availability' else '-latency' end) as slo_id,
                  case when k = 1 and s % 10 = 9 then null
                       else ((s * 37 + k * 11) % 100) * 0.012 - 0.2 end as budget
           from generate_series(0, $1::int - 1) s, generate_series(0, 1) k) o`,
    [services, END - 5 * 60_000],
  );
}

/** mulberry32 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same distributions into SQLite (better-sqlite3 connection), in one transaction. */
export function loadSqlite(
  db,
  { prefix, services, perService, incidentsPerService },
) {
  const random = prng(42);
  const span = 365 * DAY;
  const insertDeployment = db.prepare(
    `insert into deployments (id, entity_ref, environment, status, finished_at, rollback, hotfix)
     values (?, ?, 'production', ?, ?, ?, ?)`,
  );
  const insertLink = db.prepare(
    'insert into deployment_changes (deployment_id, change_id, position) values (?, ?, ?)',
  );
  const insertChange = db.prepare(
    'insert into changes (id, entity_ref, first_commit_at, merged_at) values (?, ?, ?, ?)',
  );
  const insertIncident = db.prepare(
    `insert into incidents (id, entity_ref, environment, severity, started_at, resolved_at, deployment_id, fixed_by_deployment_id)
     values (?, ?, 'production', 'sev2', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let s = 0; s < services; s++) {
      const ref = refOf(prefix, s);
      for (let n = 0; n < perService; n++) {
        const id = `d-${prefix}-${s}-${n}`;
        const finishedAt =
          START + Math.floor((n + random()) * (span / perService));
        insertDeployment.run(
          id,
          ref,
          random() < 0.03 ? 'failed' : 'succeeded',
          finishedAt,
          random() < 0.01 ? 1 : 0,
          random() < 0.02 ? 1 : 0,
        );
        for (let k = 0; k < 3; k++) {
          const changeId = `c-${prefix}-${s}-${n}-${k}`;
          const leadMs = Math.floor(
            3_600_000 * Math.exp(random() * Math.log(240)),
          );
          insertLink.run(id, changeId, k);
          insertChange.run(
            changeId,
            ref,
            finishedAt - leadMs,
            finishedAt - Math.floor(leadMs / 4),
          );
        }
      }
      for (let n = 0; n < incidentsPerService; n++) {
        const startedAt = START + Math.floor(random() * span);
        const resolvedAt =
          random() < 0.05
            ? null
            : startedAt +
              Math.floor(300_000 * Math.exp(random() * Math.log(576)));
        const named =
          random() < 0.3
            ? `d-${prefix}-${s}-${Math.floor(random() * perService)}`
            : null;
        const fix =
          random() < 0.1
            ? `d-${prefix}-${s}-${Math.floor(random() * perService)}`
            : null;
        insertIncident.run(
          `i-${prefix}-${s}-${n}`,
          ref,
          startedAt,
          resolvedAt,
          named,
          fix,
        );
      }
    }
  })();
}

/**
 * Catalog YAML: `${prefix}-org` is the parent of teams of 50 services each
 * (`${prefix}-team-00`, …), which own the services.
 */
export function catalogYaml(prefix, services, teamSize = 50) {
  const docs = [];
  const teams = Math.ceil(services / teamSize);
  const team = t => `${prefix}-team-${String(t).padStart(2, '0')}`;
  docs.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: `${prefix}-org` },
    spec: {
      type: 'organization',
      children: Array.from({ length: teams }, (_, t) => team(t)),
    },
  });
  for (let t = 0; t < teams; t++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: team(t) },
      spec: { type: 'team', parent: `${prefix}-org`, children: [] },
    });
  }
  for (let s = 0; s < services; s++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: refOf(prefix, s).split('/')[1] },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: team(Math.floor(s / teamSize)),
      },
    });
  }
  return docs.map(d => JSON.stringify(d)).join('\n---\n');
}
