// yarn bench:slo — SLO evaluation against a real Prometheus holding 30 days
// of 100 services × 2 counters (1-min samples, promtool backfill):
//  1. 100 SLOs: Prometheus samples one steady-state cycle of our evaluator
//     reads vs. naive 30-day increase() queries (from the query log);
//  2. 1,000 SLOs: wall time of the first cycle (30-day backfill) and of a
//     steady-state cycle;
//  3. GET /v1/slos p50/p95 for an entity with 10 SLOs; 4. peak RSS.
// The backend is the Prometheus module's dev backend (plugin + module +
// catalog + allow-all permissions). Options: --db sqlite|postgres
// --steady delete|wait (see prepareSteadyCycle) --requests N
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKEND_NODE_OPTIONS, postgresUrl } from './lib.mjs';
import { startSloBackend, sloWarnings } from './slo-backend.mjs';
import {
  firstCycle,
  log,
  naiveCycle,
  prepareSteadyCycle,
  sloListLatency,
  triggeredCycle,
} from './slo-cycles.mjs';
import {
  catalogFileText,
  hundredSlos,
  thousandSlos,
} from './slo-definitions.mjs';
import {
  SCRAPE_SEC,
  backfill,
  queryLogCursor,
  serviceName,
  startPrometheus,
} from './slo-prometheus.mjs';

const { values: opts } = parseArgs({
  options: {
    db: { type: 'string', default: 'postgres' },
    steady: { type: 'string', default: 'delete' },
    requests: { type: 'string', default: '200' },
  },
});
const REQUESTS = Number(opts.requests);
const SERVICES = 100;
const DAY_SEC = 86_400;
const benchStarted = performance.now();
const secondsSince = t => ((performance.now() - t) / 1000).toFixed(1);
const int = n => Math.round(n).toLocaleString('en-US');
const sec = ms => (ms / 1000).toFixed(1);
const pct = r => `${(r * 100).toFixed(r < 0.001 ? 4 : 2)} %`;
// Prometheus and the backend run in their own process groups: stop them on Ctrl-C too.
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    for (const stop of running) await stop();
    process.exit(130);
  });
}

/** A fresh plugin database and a handle for the steady-state preparation. */
async function freshDatabase(dir, prefix) {
  if (opts.db === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    return {
      config: { kind: 'sqlite', dir },
      run: async sql => {
        const db = new Database(path.join(dir, 'delivery-reliability.sqlite'));
        db.pragma('busy_timeout = 30000');
        try {
          return db.prepare(sql).run().changes;
        } finally {
          db.close();
        }
      },
      close: async () => {},
    };
  }
  const pg = (await import('pg')).default;
  const url = postgresUrl();
  const admin = new pg.Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  for (const plugin of ['delivery-reliability', 'catalog', 'permission']) {
    await admin.query(
      `DROP DATABASE IF EXISTS "${prefix}${plugin}" WITH (FORCE)`,
    );
  }
  await admin.end();
  let client;
  return {
    config: { kind: 'postgres', url, prefix },
    run: async sql => {
      if (!client) {
        client = new pg.Client({
          connectionString: `${url}/${prefix}delivery-reliability`,
        });
        await client.connect();
      }
      return (await client.query(sql)).rowCount;
    },
    close: async () => client?.end(),
  };
}

function printCycle(label, c) {
  log(
    `  ${label}: ${sec(c.wallMs)} s — ${int(c.objectives)} objectives, ${int(
      c.buckets,
    )} buckets written in ${int(c.reads)} source reads, ${
      c.errors
    } errors; Prometheus: ${int(c.queries)} queries, ${int(
      c.samples,
    )} samples read (${(c.samples / c.buckets).toFixed(
      1,
    )} per bucket written), ≤ ${
      c.maxStepsPerQuery
    } steps per query, ${c.promSeconds.toFixed(
      1,
    )} s of query execution in Prometheus`,
  );
}

/** One backend with `entities`; runs `steps(backend, db)`, returns its peak RSS. */
async function withBackend(name, port, entities, prometheus, steps) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dr-bench-slo-${name}-`));
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(catalogFile, catalogFileText([entities]));
  const db = await freshDatabase(dir, `slo_bench_${name}_`);
  const t = performance.now();
  const backend = await startSloBackend({
    dir,
    port,
    db: db.config,
    prometheusUrl: prometheus.url,
    catalogFile,
    entities,
  });
  running.add(backend.stop);
  log(`  backend ready in ${secondsSince(t)} s`);
  try {
    await steps(backend, db);
    const warnings = sloWarnings(backend.logFile);
    if (warnings.length)
      log(`  evaluation warnings:\n    ${warnings.join('\n    ')}`);
    return backend.peakRssMb();
  } finally {
    running.delete(backend.stop);
    await backend.stop();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printLatency(entityRef, l) {
  if (l.status !== 200) {
    log(
      `  3. GET /v1/slos?entityRef=${entityRef}: HTTP ${
        l.status
      } — not measured (${JSON.stringify(l.body).slice(0, 200)})`,
    );
    return;
  }
  log(
    `  3. GET /v1/slos?entityRef=${entityRef} (${
      l.slos
    } SLOs × 30 d of 5-min buckets), ${REQUESTS} requests after 20 warm-up: p50 ${l.p50.toFixed(
      1,
    )} ms, p95 ${l.p95.toFixed(1)} ms (target < 50 ms: p95 ${(
      l.p95 / 50
    ).toFixed(2)}× target); first request ${l.firstMs.toFixed(0)} ms`,
  );
}

log(
  `bench:slo — ${os.cpus().length} cores, database ${
    opts.db
  }, backend NODE_OPTIONS ${BACKEND_NODE_OPTIONS}, steady-state mode ${
    opts.steady
  }`,
);
log(
  'Targets: steady-state samples ≤ 1 % of naive 30-day queries; 1,000 SLOs: one cycle < 60 s; GET /v1/slos p95 < 50 ms',
);

// Prometheus: 30 days + 30 min before now, and 60 min ahead so steps ending
// during the run (--steady wait) have samples too.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-slo-prom-'));
const nowSec = Math.floor(Date.now() / 1000 / SCRAPE_SEC) * SCRAPE_SEC;
let t = performance.now();
const data = await backfill({
  dir: work,
  services: SERVICES,
  fromSec: nowSec - 30 * DAY_SEC - 1800,
  toSec: nowSec + 3600,
});
log(
  `\nPrometheus backfill: ${SERVICES} services × 2 counters = ${
    data.series
  } series, ${int(
    data.samples,
  )} samples (every ${SCRAPE_SEC} s over 30 d + 1.5 h) in ${
    data.blocks
  } 2-h blocks: ${secondsSince(t)} s (OpenMetrics generation + promtool)`,
);
const prometheus = await startPrometheus({
  dir: work,
  tsdb: data.tsdb,
  port: 9390,
});
running.add(prometheus.stop);
const compaction = await prometheus.waitForCompaction();
log(
  `Prometheus started; it compacted the ${compaction.blocksBefore} blocks to ${
    compaction.blocks
  } (blocks of up to 10 % of its 60-d retention, as a long-running server holds them) within ${compaction.seconds.toFixed(
    0,
  )} s of starting — waited for before measuring`,
);
const cursor = queryLogCursor(prometheus.queryLog);
const rss = {};
let naive;
let steady100;

try {
  log(
    '\n1. 100 SLOs (10 entities × 10; bad = errors, total = requests of one service each; 30-d rolling, 99 %)',
  );
  rss.a = await withBackend(
    'a',
    7150,
    hundredSlos(),
    prometheus,
    async (backend, db) => {
      const first = await firstCycle(backend, cursor);
      printCycle(
        'first cycle (30-day backfill, started by the scheduler with the backend)',
        first,
      );
      log(`    backend peak RSS so far: ${backend.peakRssMb().toFixed(0)} MB`);
      naive = await naiveCycle(
        prometheus.url,
        Array.from({ length: SERVICES }, (_, s) => serviceName(s)),
        cursor,
      );
      log(
        `  naive cycle (instant sum(increase(…[30d])) of both counters per SLO): ${int(
          naive.queries,
        )} queries, ${int(
          naive.samples,
        )} samples read, ${naive.promSeconds.toFixed(
          1,
        )} s of query execution in Prometheus, ${sec(naive.wallMs)} s wall`,
      );
      const how = await prepareSteadyCycle(opts.steady, db, first.startedMs);
      steady100 = await triggeredCycle(backend, cursor);
      printCycle(`steady-state cycle (${how})`, steady100);
      log(
        `  ⇒ steady-state cycle reads ${int(steady100.samples)} / ${int(
          naive.samples,
        )} = ${pct(
          steady100.samples / naive.samples,
        )} of the naive samples (target ≤ 1 %: ${(
          steady100.samples /
          naive.samples /
          0.01
        ).toFixed(4)}× target); one-off backfill read ${int(
          first.samples,
        )} samples (${(first.samples / naive.samples).toFixed(
          2,
        )}× one naive cycle)`,
      );
      printLatency(
        'component:default/bench-a-00',
        await sloListLatency(
          backend.baseUrl,
          'component:default/bench-a-00',
          REQUESTS,
        ),
      );
      log(
        `  backend RSS: peak ${backend.peakRssMb().toFixed(0)} MB, now ${backend
          .rssMb()
          .toFixed(0)} MB`,
      );
    },
  );

  log(
    '\n2. 1,000 SLOs on the same 200 series: 100 entities × 10 SLOs on one service each, targets 90 %–99.99 %;' +
      ' each SLO has its own queries and buckets (nothing is shared between identical selectors)',
  );
  rss.b = await withBackend(
    'b',
    7151,
    thousandSlos(),
    prometheus,
    async (backend, db) => {
      const first = await firstCycle(backend, cursor);
      printCycle('first cycle (30-day backfill)', first);
      log(`    backend peak RSS so far: ${backend.peakRssMb().toFixed(0)} MB`);
      log(`    ⇒ ${(first.wallMs / 60_000).toFixed(2)}× the 60-s target`);
      const how = await prepareSteadyCycle(opts.steady, db, first.startedMs);
      const steady = await triggeredCycle(backend, cursor);
      printCycle(`steady-state cycle (${how})`, steady);
      log(`    ⇒ ${(steady.wallMs / 60_000).toFixed(3)}× the 60-s target`);
      printLatency(
        'component:default/bench-b-000',
        await sloListLatency(
          backend.baseUrl,
          'component:default/bench-b-000',
          REQUESTS,
        ),
      );
      log(
        `  backend RSS: peak ${backend.peakRssMb().toFixed(0)} MB, now ${backend
          .rssMb()
          .toFixed(0)} MB`,
      );
    },
  );
  log(
    `\n4. backend peak RSS: ${rss.a.toFixed(
      0,
    )} MB with 100 SLOs, ${rss.b.toFixed(
      0,
    )} MB with 1,000 SLOs (largest process of the dev backend, VmHWM)`,
  );
} finally {
  await prometheus.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
log(`\nbench:slo finished in ${secondsSince(benchStarted)} s`);
