// yarn bench:dora — GET /api/delivery-reliability/v1/dora from rollups against
// the same metrics computed per request from the raw events. PostgreSQL:
// 1,000 services × 365 days (≈ 1 M production deployments, 3 M changes,
// 50 k incidents) synthesized with set-based SQL, plus 1,000 services with
// 10× fewer events; SQLite: 100 services. Rollups are built with
// POST /v1/rollups/rebuild; Group refs resolve through the real catalog
// backend (generated catalog file). Options: --reps N --db postgres,sqlite
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CI_TOKEN, dropPluginDatabase, postgresUrl, quantile, startBackend } from './lib.mjs';
import { DAY, END, catalogYaml, loadPostgres, loadSqlite, refOf } from './dora-data.mjs';
import { rawPostgres, rawSqlite } from './dora-raw.mjs';

const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '30' },
    db: { type: 'string', default: 'postgres,sqlite' },
  },
});
const REPS = Number(opts.reps);
// Raw queries over a year of 1,000 services take seconds: stop after this long.
const RAW_BUDGET_MS = 20_000;
const headers = { authorization: `Bearer ${CI_TOKEN}` };
const benchStarted = performance.now();
// Synchronous writes: a piped stdout must not lose lines if a run fails.
const log = (...args) => fs.writeSync(1, `${args.join(' ')}\n`);
const secondsSince = t => ((performance.now() - t) / 1000).toFixed(1);

async function api(baseUrl, method, urlPath) {
  const url = `${baseUrl}/api/delivery-reliability${urlPath}`;
  // A keep-alive socket the server closes while idle (during long raw
  // baseline runs) fails the next request once; retry reads on a new one.
  const res = await fetch(url, { method, headers }).catch(error => {
    if (method !== 'GET' || error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, { method, headers });
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${method} ${urlPath}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body;
}

function catalogConfig(file) {
  return `catalog:
  rules:
    - allow: [Component, System, API, Group, User, Resource, Location]
  locations:
    - type: file
      target: ${file}
`;
}

/** Waits until the catalog resolves `group` to `count` components. */
async function waitForCatalog(baseUrl, group, count) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const body = await api(baseUrl, 'GET', `/v1/dora?entityRef=${group}`).catch(() => undefined);
    if (body?.entityRefs?.length === count) return;
    if (Date.now() > deadline) throw new Error(`catalog never resolved ${group} to ${count} components`);
    await new Promise(r => setTimeout(r, 2000));
  }
}

async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const fmt = ms => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 0.0101 * Math.max(Math.abs(b), 1e-9));

/** Do the rollup answer and the raw one agree (counts exact, quantiles within 1 %)? */
function agree(m, raw) {
  return (
    m.deploymentFrequency.deployments === raw.deployments &&
    m.changeFailureRate.failed === raw.failed &&
    m.deploymentReworkRate.unplanned === raw.unplanned &&
    m.leadTimeForChanges.n === raw.leadN &&
    m.failedDeploymentRecoveryTime.unresolved === raw.recoveryUnresolved &&
    near(m.leadTimeForChanges.p50Seconds, raw.leadP50) &&
    near(m.leadTimeForChanges.p90Seconds, raw.leadP90) &&
    near(m.failedDeploymentRecoveryTime.p50Seconds, raw.recoveryP50)
  );
}

/** Runs each case REPS times through the API and as raw SQL/JS; prints one row per case. */
async function measure(baseUrl, title, cases, raw) {
  log(`\n${title}`);
  log('case                          rollup p50 / p95 ms (n)   raw p50 / p95 ms (n)       raw÷rollup p50   agree   deployments  lead p50 h');
  for (const c of cases) {
    const from = new Date(END - c.days * DAY).toISOString();
    const url = `/v1/dora?entityRef=${c.entityRef}&from=${from}&to=${new Date(END).toISOString()}`;
    for (let i = 0; i < 3; i++) await api(baseUrl, 'GET', url); // warm-up
    const rollup = [];
    let body;
    for (let i = 0; i < REPS; i++) {
      const r = await timed(() => api(baseUrl, 'GET', url));
      rollup.push(r.ms);
      body = r.value;
    }
    const rawTimes = [];
    let rawValue;
    const rawStarted = performance.now();
    while (rawTimes.length < REPS && (rawTimes.length < 3 || performance.now() - rawStarted < RAW_BUDGET_MS)) {
      const r = await timed(() => raw(body.entityRefs, END - c.days * DAY, END));
      rawTimes.push(r.ms);
      rawValue = r.value;
    }
    rollup.sort((a, b) => a - b);
    rawTimes.sort((a, b) => a - b);
    const m = body.metrics;
    log(
      `${c.label.padEnd(30)}${`${fmt(quantile(rollup, 0.5))} / ${fmt(quantile(rollup, 0.95))} (${rollup.length})`.padEnd(26)}` +
        `${`${fmt(quantile(rawTimes, 0.5))} / ${fmt(quantile(rawTimes, 0.95))} (${rawTimes.length})`.padEnd(27)}` +
        `${(quantile(rawTimes, 0.5) / quantile(rollup, 0.5)).toFixed(1).padStart(7)}×         ${agree(m, rawValue) ? 'yes' : 'NO '}   ` +
        `${String(m.deploymentFrequency.deployments).padStart(11)}  ${(m.leadTimeForChanges.p50Seconds / 3600).toFixed(2).padStart(9)}`,
    );
    if (!agree(m, rawValue)) log('  rollup', JSON.stringify(m), '\n  raw   ', JSON.stringify(rawValue));
  }
}

function casesFor(prefix, services) {
  const one = refOf(prefix, 0);
  const team = `group:default/${prefix}-team-00`;
  const org = `group:default/${prefix}-org`;
  return [
    { label: '1 service, 90 d', entityRef: one, days: 90 },
    { label: '1 service, 365 d', entityRef: one, days: 365 },
    { label: 'group of 50, 90 d', entityRef: team, days: 90 },
    { label: 'group of 50, 365 d', entityRef: team, days: 365 },
    { label: `all ${services} (org group), 90 d`, entityRef: org, days: 90 },
    { label: `all ${services} (org group), 365 d`, entityRef: org, days: 365 },
  ];
}

async function rebuild(baseUrl, backend) {
  log(`backend peak RSS before the rebuild: ${backend.peakRssMb().toFixed(0)} MB`);
  const { ms, value } = await timed(() => api(baseUrl, 'POST', '/v1/rollups/rebuild'));
  log(`rebuild: ${(ms / 1000).toFixed(1)} s — ${value.entities} entities, ${value.deployments} deployments, ${value.dayRows} running-total day rows; peak RSS now ${backend.peakRssMb().toFixed(0)} MB`);
}

async function runPostgres() {
  const pg = await import('pg');
  const url = postgresUrl();
  await dropPluginDatabase(url);
  const admin = new pg.default.Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "backstage_plugin_catalog" WITH (FORCE)');
  await admin.end();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-dora-'));
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(catalogFile, `${catalogYaml('svc', 1000)}\n---\n${catalogYaml('sparse', 1000)}`);
  const backend = await startBackend({
    port: 7108,
    db: { kind: 'postgres', url },
    env: { DR_DEV_CATALOG: '1' },
    extraConfig: catalogConfig(catalogFile),
  });
  const client = new pg.default.Client({ connectionString: `${url}/backstage_plugin_delivery-reliability` });
  await client.connect();
  try {
    let t = performance.now();
    await loadPostgres(client, { prefix: 'svc', services: 1000, perService: 1000, incidentsPerService: 50 });
    await loadPostgres(client, { prefix: 'sparse', services: 1000, perService: 100, incidentsPerService: 5 });
    await client.query('vacuum analyze');
    const counts = (await client.query(
      `select (select count(*) from deployments where id like 'd-svc-%' and status = 'succeeded') as prod,
              (select count(*) from changes) as changes, (select count(*) from incidents) as incidents`,
    )).rows[0];
    log(`PostgreSQL: loaded in ${secondsSince(t)} s — dense set: ${counts.prod} production deployments of 1,000 services; all: ${counts.changes} changes, ${counts.incidents} incidents (sparse set: 100 deployments, 5 incidents per service)`);
    t = performance.now();
    await waitForCatalog(backend.baseUrl, 'group:default/svc-org', 1000);
    await waitForCatalog(backend.baseUrl, 'group:default/sparse-org', 1000);
    log(`catalog ready after another ${secondsSince(t)} s`);
    await rebuild(backend.baseUrl, backend);
    const raw = (refs, from, to) => rawPostgres(client, refs, from, to);
    await measure(backend.baseUrl, 'PostgreSQL, 1,000 services × 365 days (~1,000 deployments, 3,000 changes, 50 incidents per service)', casesFor('svc', 1000), raw);
    log(`backend peak RSS: ${backend.peakRssMb().toFixed(0)} MB`);
    await measure(backend.baseUrl, 'PostgreSQL, 10× fewer events per service (~100 deployments, 300 changes, 5 incidents per service)', casesFor('sparse', 1000), raw);
    log(`\nPostgreSQL backend peak RSS: ${backend.peakRssMb().toFixed(0)} MB (target < 1024 MB)`);
  } finally {
    await client.end();
    await backend.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runSqlite() {
  const { default: Database } = await import('better-sqlite3');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-dora-sqlite-'));
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(catalogFile, catalogYaml('lite', 100));
  const backend = await startBackend({
    port: 7109,
    db: { kind: 'sqlite', dir },
    env: { DR_DEV_CATALOG: '1' },
    extraConfig: catalogConfig(catalogFile),
  });
  const db = new Database(path.join(dir, 'delivery-reliability.sqlite'));
  db.pragma('busy_timeout = 30000');
  try {
    const t = performance.now();
    loadSqlite(db, { prefix: 'lite', services: 100, perService: 1000, incidentsPerService: 50 });
    db.exec('analyze');
    log(`\nSQLite: loaded 100 services × 1,000 deployments, 3,000 changes, 50 incidents in ${secondsSince(t)} s`);
    await waitForCatalog(backend.baseUrl, 'group:default/lite-org', 100);
    await rebuild(backend.baseUrl, backend);
    await measure(
      backend.baseUrl,
      'SQLite, 100 services × 365 days (raw: rows fetched and computed in JS)',
      casesFor('lite', 100).filter(c => !c.label.startsWith('group of 50, 90')),
      async (refs, from, to) => rawSqlite(db, refs, from, to),
    );
    log(`\nSQLite backend peak RSS: ${backend.peakRssMb().toFixed(0)} MB`);
  } finally {
    db.close();
    await backend.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

log(`bench:dora — ${os.cpus().length} cores, ${REPS} requests per case (after 3 warm-up), raw baseline up to ${REPS} runs or ${RAW_BUDGET_MS / 1000} s per case`);
log('Targets: one service p95 < 50 ms; all 1,000 over 365 d p95 < 300 ms; ≥ 10× faster than raw at full size; RSS < 1 GB');
for (const kind of opts.db.split(',')) {
  if (kind === 'postgres') await runPostgres();
  else if (kind === 'sqlite') await runSqlite();
}
log(`\nbench:dora finished in ${secondsSince(benchStarted)} s`);
