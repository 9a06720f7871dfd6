// yarn bench:dora — GET /api/delivery-reliability/v1/dora from rollups against
// the same metrics computed per request from the raw events. PostgreSQL:
// 1,000 services × 365 days (≈ 1 M production deployments, 3 M changes,
// 50 k incidents) synthesized with set-based SQL, plus 1,000 services with
// 10× fewer events; SQLite: 100 services. Rollups are built with
// POST /v1/rollups/rebuild; Group refs resolve through the real catalog
// backend (generated catalog file). PostgreSQL also times the team
// comparison (GET /v1/comparison) of the 1,000 services, with 2 SLO status
// rows each. Options: --reps N --db postgres,sqlite --cases dora,comparison
// --reuse-data (PostgreSQL: keep the events and rollups a previous run left
// in its database instead of loading them again; ~10 minutes saved)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { postgresUrl, startBackend } from './lib.mjs';
import {
  RAW_BUDGET_MS,
  casesFor,
  catalogConfig,
  log,
  measure,
  rebuild,
  secondsSince,
  waitForCatalog,
} from './dora-measure.mjs';
import {
  catalogYaml,
  loadPostgres,
  loadSloStatusPostgres,
  loadSqlite,
} from './dora-data.mjs';
import { comparisonCases, measureComparison } from './dora-comparison.mjs';
import { rawPostgres, rawSqlite } from './dora-raw.mjs';

const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '30' },
    db: { type: 'string', default: 'postgres,sqlite' },
    cases: { type: 'string', default: 'dora,comparison' },
    'reuse-data': { type: 'boolean', default: false },
  },
});
const REPS = Number(opts.reps);
const CASES = new Set(opts.cases.split(','));
const DB_PREFIX = 'dora_bench_';
const benchStarted = performance.now();

async function runPostgres() {
  const pg = await import('pg');
  const url = postgresUrl();
  // Own database names (backend.database.prefix), so this never drops the
  // database of a concurrent bench:ingest on the same server, or vice versa.
  const admin = new pg.default.Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  const reuse = opts['reuse-data'];
  // The catalog is always rebuilt: its locations point into a new temp dir.
  for (const plugin of reuse
    ? ['catalog']
    : ['delivery-reliability', 'catalog']) {
    await admin.query(
      `DROP DATABASE IF EXISTS "${DB_PREFIX}${plugin}" WITH (FORCE)`,
    );
  }
  await admin.end();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-dora-'));
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(
    catalogFile,
    `${catalogYaml('svc', 1000)}\n---\n${catalogYaml('sparse', 1000)}`,
  );
  const backend = await startBackend({
    port: 7108,
    db: { kind: 'postgres', url, prefix: DB_PREFIX },
    env: { DR_DEV_CATALOG: '1' },
    // A one-day SLO step: the evaluator's cycle (which finds no SLOs in
    // this catalog) would otherwise clear the SLO status rows loaded below.
    extraConfig: `${catalogConfig(
      catalogFile,
    )}deliveryReliability:\n  slo:\n    stepMinutes: 1440\n`,
  });
  const client = new pg.default.Client({
    connectionString: `${url}/${DB_PREFIX}delivery-reliability`,
  });
  await client.connect();
  try {
    let t = performance.now();
    const loaded = reuse
      ? Number(
          (
            await client.query(
              `select count(*) as n from dora_rollup_days where entity_ref like 'component:default/svc-%'`,
            )
          ).rows[0].n,
        ) > 0
      : false;
    if (loaded) {
      log('PostgreSQL: reusing the events and rollups of a previous run');
    } else {
      await loadPostgres(client, {
        prefix: 'svc',
        services: 1000,
        perService: 1000,
        incidentsPerService: 50,
      });
      await loadPostgres(client, {
        prefix: 'sparse',
        services: 1000,
        perService: 100,
        incidentsPerService: 5,
      });
      await client.query('vacuum analyze');
    }
    const counts = (
      await client.query(
        `select (select count(*) from deployments where id like 'd-svc-%' and status = 'succeeded') as prod,
              (select count(*) from changes) as changes, (select count(*) from incidents) as incidents`,
      )
    ).rows[0];
    log(
      `PostgreSQL: loaded in ${secondsSince(t)} s — dense set: ${
        counts.prod
      } production deployments of 1,000 services; all: ${
        counts.changes
      } changes, ${
        counts.incidents
      } incidents (sparse set: 100 deployments, 5 incidents per service)`,
    );
    t = performance.now();
    await waitForCatalog(backend.baseUrl, 'group:default/svc-org', 1000);
    await waitForCatalog(backend.baseUrl, 'group:default/sparse-org', 1000);
    log(`catalog ready after another ${secondsSince(t)} s`);
    if (!loaded) await rebuild(backend.baseUrl, backend);
    const raw = (refs, from, to) => rawPostgres(client, refs, from, to);
    if (CASES.has('dora')) {
      await measure(
        backend.baseUrl,
        'PostgreSQL, 1,000 services × 365 days (~1,000 deployments, 3,000 changes, 50 incidents per service)',
        casesFor('svc', 1000),
        raw,
        REPS,
      );
      log(`backend peak RSS: ${backend.peakRssMb().toFixed(0)} MB`);
      await measure(
        backend.baseUrl,
        'PostgreSQL, 10× fewer events per service (~100 deployments, 300 changes, 5 incidents per service)',
        casesFor('sparse', 1000),
        raw,
        REPS,
      );
    }
    if (CASES.has('comparison')) {
      // Now, after the evaluator's first cycle (at start-up) has run.
      await loadSloStatusPostgres(client, { prefix: 'svc', services: 1000 });
      await measureComparison(
        backend.baseUrl,
        'PostgreSQL, team comparison: svc-org = 20 teams of 50 under one org (1,000 services, 2 SLOs each); unrestricted adds the sparse org (2,000 services, 42 teams)',
        comparisonCases('svc'),
        REPS,
      );
      const { n } = (
        await client.query('select count(*)::int as n from slo_status')
      ).rows[0];
      log(
        `SLO status rows still in place after the comparison runs: ${n} of 2000`,
      );
    }
    log(
      `\nPostgreSQL backend peak RSS: ${backend
        .peakRssMb()
        .toFixed(0)} MB (target < 1024 MB)`,
    );
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
    loadSqlite(db, {
      prefix: 'lite',
      services: 100,
      perService: 1000,
      incidentsPerService: 50,
    });
    db.exec('analyze');
    log(
      `\nSQLite: loaded 100 services × 1,000 deployments, 3,000 changes, 50 incidents in ${secondsSince(
        t,
      )} s`,
    );
    await waitForCatalog(backend.baseUrl, 'group:default/lite-org', 100);
    await rebuild(backend.baseUrl, backend);
    await measure(
      backend.baseUrl,
      'SQLite, 100 services × 365 days (raw: rows fetched and computed in JS)',
      casesFor('lite', 100).filter(c => !c.label.startsWith('group of 50, 90')),
      async (refs, from, to) => rawSqlite(db, refs, from, to),
      REPS,
    );
    log(`\nSQLite backend peak RSS: ${backend.peakRssMb().toFixed(0)} MB`);
  } finally {
    db.close();
    await backend.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

log(
  `bench:dora — ${
    os.cpus().length
  } cores, ${REPS} requests per case (after 3 warm-up), raw baseline up to ${REPS} runs or ${
    RAW_BUDGET_MS / 1000
  } s per case`,
);
log(
  'Targets: one service p95 < 50 ms; all 1,000 over 365 d p95 < 300 ms; ≥ 10× faster than raw at full size; RSS < 1 GB; comparison of 1,000 services p95 < 300 ms',
);
for (const kind of opts.db.split(',')) {
  if (kind === 'postgres') await runPostgres();
  else if (kind === 'sqlite') await runSqlite();
}
log(`\nbench:dora finished in ${secondsSince(benchStarted)} s`);
