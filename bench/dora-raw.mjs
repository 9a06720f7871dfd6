// The baseline bench/dora.mjs compares rollups against: the same five
// metrics computed per request from the raw events, Four Keys style — one SQL
// query with percentile_disc medians on PostgreSQL; on SQLite the raw rows
// fetched and computed in JS. Same rules as DESIGN.md (first production
// deployment of a change; incidents by name, else the latest production
// deployment at or before their start; rollbacks naming none revert the
// latest earlier non-rollback).

const PROD = `environment = 'production' and status = 'succeeded'`;

const RAW_SQL = `
with win as (
  select id, entity_ref, finished_at, rollback, rolls_back, hotfix from deployments
  where entity_ref = any($1) and ${PROD} and finished_at >= $2 and finished_at < $3),
first_dep as (
  select l.change_id, min(p.finished_at) as first_at
  from (select distinct l.change_id from win w join deployment_changes l on l.deployment_id = w.id) wl
  join deployment_changes l on l.change_id = wl.change_id
  join deployments p on p.id = l.deployment_id and p.entity_ref = any($1) and p.${PROD.replace(
    ' and ',
    ' and p.',
  )}
  group by l.change_id),
lead as (
  select (f.first_at - c.first_commit_at) / 1000.0 as s
  from first_dep f join changes c on c.id = f.change_id
  where f.first_at >= $2 and f.first_at < $3),
att as (
  select coalesce(i.deployment_id, (
           select p.id from deployments p
           where p.entity_ref = i.entity_ref and p.${PROD.replace(
             ' and ',
             ' and p.',
           )}
             and p.finished_at <= i.started_at
           order by p.finished_at desc, p.id limit 1)) as dep,
         i.started_at, i.resolved_at
  from incidents i where i.entity_ref = any($1) and i.environment = 'production'),
att_agg as (
  select dep, min(started_at) as s, max(resolved_at) as e, bool_or(resolved_at is null) as open
  from att group by dep),
rb_agg as (
  select coalesce(r.rolls_back, (
           select p.id from deployments p
           where p.entity_ref = r.entity_ref and p.${PROD.replace(
             ' and ',
             ' and p.',
           )}
             and p.finished_at < r.finished_at and not p.rollback and p.rolls_back is null
           order by p.finished_at desc, p.id limit 1)) as target,
         min(r.finished_at) as at
  from deployments r
  where r.entity_ref = any($1) and r.${PROD.replace(
    ' and ',
    ' and r.',
  )} and (r.rollback or r.rolls_back is not null)
  group by 1),
failed as (
  select w.finished_at, a.s, a.e, a.open, r.at from win w
  left join att_agg a on a.dep = w.id left join rb_agg r on r.target = w.id
  where a.dep is not null or r.target is not null),
rec as (
  select case when s is not null then (case when open then null else greatest(0, e - s) / 1000.0 end)
              else greatest(0, at - finished_at) / 1000.0 end as s
  from failed)
select
  (select count(*) from win) as deployments,
  (select count(*) from failed) as failed,
  (select count(*) from win w where w.rollback or w.rolls_back is not null or w.hotfix
     or exists (select 1 from incidents i where i.fixed_by_deployment_id = w.id)) as unplanned,
  (select count(*) from lead) as lead_n,
  (select percentile_disc(0.5) within group (order by s) from lead) as lead_p50,
  (select percentile_disc(0.9) within group (order by s) from lead) as lead_p90,
  (select count(*) from rec where s is null) as rec_unresolved,
  (select percentile_disc(0.5) within group (order by s) from rec where s is not null) as rec_p50`;

const num = v => (v === null || v === undefined ? null : Number(v));

/** The metrics' counts and medians by one SQL query over the raw tables. */
export async function rawPostgres(client, refs, fromMs, toMs) {
  const {
    rows: [r],
  } = await client.query(RAW_SQL, [refs, fromMs, toMs]);
  return {
    deployments: num(r.deployments),
    failed: num(r.failed),
    unplanned: num(r.unplanned),
    leadN: num(r.lead_n),
    leadP50: num(r.lead_p50),
    leadP90: num(r.lead_p90),
    recoveryUnresolved: num(r.rec_unresolved),
    recoveryP50: num(r.rec_p50),
  };
}

const nearestRank = (sorted, q) =>
  sorted.length ? sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] : null;

/** The same on SQLite: fetch the raw rows of the entities, compute in JS. */
export function rawSqlite(db, refs, fromMs, toMs) {
  const list = refs.map(() => '?').join(', ');
  const prod = db
    .prepare(
      `select id, entity_ref, finished_at, rollback, rolls_back, hotfix from deployments
              where entity_ref in (${list}) and ${PROD} order by entity_ref, finished_at, id`,
    )
    .all(...refs);
  const links = db
    .prepare(
      `select l.deployment_id, l.change_id, c.first_commit_at from deployment_changes l
              join deployments d on d.id = l.deployment_id
              join changes c on c.id = l.change_id
              where d.entity_ref in (${list}) and d.${PROD.replace(
        ' and ',
        ' and d.',
      )}`,
    )
    .all(...refs);
  const incidents = db
    .prepare(
      `select id, entity_ref, started_at, resolved_at, deployment_id from incidents
              where entity_ref in (${list}) and environment = 'production'`,
    )
    .all(...refs);
  const fixes = new Set(
    db
      .prepare(
        `select fixed_by_deployment_id as id from incidents where fixed_by_deployment_id is not null`,
      )
      .all()
      .map(r => r.id),
  );
  const inWin = t => t >= fromMs && t < toMs;
  const byId = new Map(prod.map(d => [d.id, d]));
  const byEntity = new Map();
  for (const d of prod)
    (
      byEntity.get(d.entity_ref) ??
      byEntity.set(d.entity_ref, []).get(d.entity_ref)
    ).push(d);
  const latest = (entity, t, strict, plannedOnly) => {
    let best;
    for (const d of byEntity.get(entity) ?? []) {
      if (strict ? d.finished_at >= t : d.finished_at > t) break;
      if (plannedOnly && (d.rollback || d.rolls_back)) continue;
      if (!best || d.finished_at > best.finished_at) best = d;
    }
    return best;
  };
  const first = new Map();
  for (const l of links) {
    const at = byId.get(l.deployment_id).finished_at;
    const seen = first.get(l.change_id);
    if (!seen || at < seen.at)
      first.set(l.change_id, { at, start: l.first_commit_at });
  }
  const lead = [...first.values()]
    .filter(f => inWin(f.at))
    .map(f => Math.max(0, f.at - f.start) / 1000)
    .sort((a, b) => a - b);
  const failures = new Map();
  const failureOf = id =>
    failures.get(id) ??
    failures.set(id, { incidents: [], rollbacks: [] }).get(id);
  for (const i of incidents) {
    const dep =
      i.deployment_id ?? latest(i.entity_ref, i.started_at, false, false)?.id;
    if (dep && byId.has(dep)) failureOf(dep).incidents.push(i);
  }
  for (const r of prod) {
    if (!r.rollback && !r.rolls_back) continue;
    const target =
      r.rolls_back ?? latest(r.entity_ref, r.finished_at, true, true)?.id;
    if (target && byId.has(target))
      failureOf(target).rollbacks.push(r.finished_at);
  }
  const win = prod.filter(d => inWin(d.finished_at));
  const recoveries = [];
  let unresolved = 0;
  let failed = 0;
  for (const d of win) {
    const f = failures.get(d.id);
    if (!f) continue;
    failed++;
    if (f.incidents.length) {
      if (f.incidents.some(i => i.resolved_at === null)) {
        unresolved++;
        continue;
      }
      const s = Math.min(...f.incidents.map(i => i.started_at));
      const e = Math.max(...f.incidents.map(i => i.resolved_at));
      recoveries.push(Math.max(0, e - s) / 1000);
    } else {
      recoveries.push(
        Math.max(0, Math.min(...f.rollbacks) - d.finished_at) / 1000,
      );
    }
  }
  recoveries.sort((a, b) => a - b);
  return {
    deployments: win.length,
    failed,
    unplanned: win.filter(
      d => d.rollback || d.rolls_back || d.hotfix || fixes.has(d.id),
    ).length,
    leadN: lead.length,
    leadP50: nearestRank(lead, 0.5),
    leadP90: nearestRank(lead, 0.9),
    recoveryUnresolved: unresolved,
    recoveryP50: nearestRank(recoveries, 0.5),
  };
}
