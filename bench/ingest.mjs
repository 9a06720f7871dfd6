// yarn bench:ingest — 200,000 events in batches of 1,000 through
// POST /api/delivery-reliability/v1/events into SQLite and into PostgreSQL;
// prints events/s, batch latency and the backend's peak RSS.
// Options: --events N --batch N --concurrency N --db sqlite,postgres
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBackend, postgresUrl, dropPluginDatabase, quantile, CI_TOKEN, BACKEND_NODE_OPTIONS } from './lib.mjs';

const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '200000' },
    batch: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '4' },
    db: { type: 'string', default: 'sqlite,postgres' },
  },
});
const TOTAL = Number(opts.events);
const BATCH = Number(opts.batch);
const CONCURRENCY = Number(opts.concurrency);
const SERVICES = 200;
const t0 = Date.parse('2025-01-01T00:00:00Z');
const iso = ms => new Date(ms).toISOString();

/**
 * Batch b of a realistic mix: 60 % changes, 30 % production deployments each
 * shipping two changes of the batch, 10 % incidents (half naming a deployment).
 */
function makeBatch(b) {
  const events = [];
  const nChanges = Math.round(BATCH * 0.6);
  const nDeploys = Math.round(BATCH * 0.3);
  const nIncidents = BATCH - nChanges - nDeploys;
  const at = i => t0 + (b * BATCH + i) * 60_000;
  const entity = i => `component:default/bench-svc-${(b * 7 + i) % SERVICES}`;
  for (let i = 0; i < nChanges; i++) {
    events.push({
      type: 'change', id: `c-${b}-${i}`, entityRef: entity(i % nDeploys),
      firstCommitAt: iso(at(i) - 86_400_000), prOpenedAt: iso(at(i) - 43_200_000), mergedAt: iso(at(i)),
    });
  }
  for (let i = 0; i < nDeploys; i++) {
    events.push({
      type: 'deployment', id: `d-${b}-${i}`, entityRef: entity(i), environment: 'production',
      status: i % 20 === 0 ? 'failed' : 'succeeded', startedAt: iso(at(i) + 60_000), finishedAt: iso(at(i) + 600_000),
      changeIds: [`c-${b}-${i}`, `c-${b}-${i + nDeploys}`], version: `1.${b}.${i}`, hotfix: i % 25 === 0,
    });
  }
  for (let i = 0; i < nIncidents; i++) {
    events.push({
      type: 'incident', id: `i-${b}-${i}`, entityRef: entity(i), environment: 'production', severity: 'sev3',
      title: 'Elevated error rate', startedAt: iso(at(i) + 900_000), resolvedAt: iso(at(i) + 4_500_000),
      ...(i % 2 === 0 ? { deploymentId: `d-${b}-${i}` } : {}),
    });
  }
  return JSON.stringify({ events });
}

async function run(dbKind) {
  let db;
  if (dbKind === 'sqlite') {
    db = { kind: 'sqlite', dir: fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-sqlite-')) };
  } else {
    const url = postgresUrl();
    await dropPluginDatabase(url);
    db = { kind: 'postgres', url };
  }
  const backend = await startBackend({ port: 7107, db });
  const url = `${backend.baseUrl}/api/delivery-reliability/v1/events`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${CI_TOKEN}` };
  try {
    const nBatches = Math.ceil(TOTAL / BATCH);
    const bodies = Array.from({ length: nBatches }, (_, b) => makeBatch(b)); // built before timing
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < nBatches) {
          const b = next++;
          const s = performance.now();
          const res = await fetch(url, { method: 'POST', headers, body: bodies[b] });
          if (!res.ok) throw new Error(`batch ${b}: HTTP ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
          latencies.push(performance.now() - s);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // Spot check that everything landed once: every service got its deployments.
    const checkRes = await fetch(
      `${backend.baseUrl}/api/delivery-reliability/v1/entities/component/default/bench-svc-0/deployments?limit=1`,
      { headers },
    );
    const check = await checkRes.json();
    if (!checkRes.ok) throw new Error(`read check: HTTP ${checkRes.status} ${JSON.stringify(check)}`);
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(check).slice(0, 400));
    latencies.sort((a, b) => a - b);
    return {
      db: dbKind,
      events: nBatches * BATCH,
      seconds,
      eventsPerSecond: (nBatches * BATCH) / seconds,
      p50BatchMs: quantile(latencies, 0.5),
      p95BatchMs: quantile(latencies, 0.95),
      peakRssMb: backend.peakRssMb(),
      deploymentsOfOneService: check.totalCount,
    };
  } finally {
    await backend.stop();
    if (db.kind === 'sqlite') fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

const targets = { sqlite: 5000, postgres: 20000 };
console.log(
  `bench:ingest — ${TOTAL} events, batches of ${BATCH}, ${CONCURRENCY} concurrent clients, ${os.cpus().length} cores, backend NODE_OPTIONS=${BACKEND_NODE_OPTIONS}`,
);
const results = [];
for (const kind of opts.db.split(',')) {
  const r = await run(kind);
  results.push(r);
  console.log(
    `${kind.padEnd(9)} ${r.eventsPerSecond.toFixed(0).padStart(7)} events/s  (${r.seconds.toFixed(1)} s; batch p50 ${r.p50BatchMs.toFixed(0)} ms, p95 ${r.p95BatchMs.toFixed(0)} ms)  ` +
      `peak RSS ${r.peakRssMb.toFixed(0)} MB  target ≥ ${targets[kind]}/s: ${r.eventsPerSecond >= targets[kind] ? 'met' : 'MISSED'} (×${(r.eventsPerSecond / targets[kind]).toFixed(2)})  ` +
      `RSS < 600 MB: ${r.peakRssMb < 600 ? 'met' : 'MISSED'}  [bench-svc-0 holds ${r.deploymentsOfOneService} deployments]`,
  );
}
if (results.length === 2) {
  console.log(`postgres/sqlite throughput ratio: ${(results[1].eventsPerSecond / results[0].eventsPerSecond).toFixed(2)}`);
}
