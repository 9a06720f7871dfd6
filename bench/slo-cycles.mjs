// Measuring pieces of bench/slo.mjs: one evaluation cycle (wall time,
// counts from its log line, Prometheus samples from the query log), the
// naive 30-day baseline, the steady-state preparation and GET latency.
import fs from 'node:fs';
import { quantile } from './lib.mjs';
import {
  cycleLines,
  get,
  taskState,
  triggerCycle,
  waitForCycleLine,
} from './slo-backend.mjs';
import { ERRORS, REQUESTS, sumSamples } from './slo-prometheus.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));
export const log = (...args) => fs.writeSync(1, `${args.join(' ')}\n`);
export const STEP_SEC = 300;

/** What the queries of one cycle asked: count, samples, Prometheus time, most steps per query. */
function queryFigures(entries) {
  const ranges = entries.filter(e => e.step > 0);
  const steps = e =>
    Math.round((Date.parse(e.end) - Date.parse(e.start)) / 1000 / e.step) + 1;
  return {
    queries: entries.length,
    samples: sumSamples(entries),
    // Prometheus' own time on them; with 4 queries in flight it overlaps.
    promSeconds: entries.reduce((n, e) => n + e.execSeconds, 0),
    maxStepsPerQuery: Math.max(0, ...ranges.map(steps)),
  };
}

/**
 * The first cycle, which the scheduler starts with the backend: its start
 * is the scheduler's record (`startedAt`, 1 s resolution on SQLite), its
 * end the moment its log line appears (polled every 25 ms). If that run
 * failed before logging (e.g. the catalog was not serving yet), the
 * failure is reported and a triggered run is measured instead.
 */
export async function firstCycle(backend, cursor) {
  let startedMs;
  let retried = false;
  while (cycleLines(backend.logFile).length === 0) {
    const state = await taskState(backend.baseUrl);
    if (state.running) {
      startedMs = state.startedAt ? Date.parse(state.startedAt) : Date.now();
      break;
    }
    if (state.lastRunError && !retried) {
      log(
        `  ! the scheduler's first run at start-up failed without a cycle line: ${String(
          state.lastRunError,
        ).slice(0, 300)}; triggering another (measured below)`,
      );
      cursor.take();
      await triggerCycle(backend.baseUrl);
      retried = true;
    }
    await sleep(retried ? 25 : 100);
  }
  const line = await waitForCycleLine(backend.logFile, 1, 900_000, 25);
  const endMs = Date.now();
  await sleep(200); // the query log is written as each query answers
  const wallMs = line.durationMs ?? endMs - (startedMs ?? NaN);
  return { ...line, startedMs, wallMs, ...queryFigures(cursor.take()) };
}

/**
 * A cycle triggered through the scheduler's REST API: its start is when the
 * worker is seen running (polled every 25 ms), its end its log line.
 */
export async function triggeredCycle(backend, cursor) {
  while ((await taskState(backend.baseUrl)).running) await sleep(200);
  const before = cycleLines(backend.logFile).length;
  cursor.take();
  await triggerCycle(backend.baseUrl);
  let startMs;
  while (startMs === undefined) {
    if ((await taskState(backend.baseUrl)).running) startMs = Date.now();
    else if (cycleLines(backend.logFile).length > before) break;
    else await sleep(25);
  }
  const line = await waitForCycleLine(backend.logFile, before + 1, 900_000, 25);
  const endMs = Date.now();
  await sleep(200);
  const wallMs = line.durationMs ?? (startMs ? endMs - startMs : NaN);
  return {
    ...line,
    startedMs: startMs,
    wallMs,
    ...queryFigures(cursor.take()),
  };
}

/**
 * Makes the next cycle a steady-state one: one whose gap is the step(s)
 * that ended since the previous cycle started (`previousStartMs`), as every
 * 5 min in production. If a step has ended since, nothing is changed.
 * Otherwise `delete` removes each objective's newest stored step, exactly
 * the one-step gap a newly ended step leaves, so the cycle reads and writes
 * what it would without the bench waiting; `wait` waits for the next step
 * boundary. Returns a description for the output.
 */
export async function prepareSteadyCycle(mode, db, previousStartMs) {
  const stepMs = STEP_SEC * 1000;
  const ended =
    Math.floor(Date.now() / stepMs) - Math.floor(previousStartMs / stepMs);
  if (ended > 0) {
    return `${ended} 5-min step(s) ended since the previous cycle started`;
  }
  if (mode === 'wait') {
    const waitMs = stepMs - (Date.now() % stepMs) + 3000;
    await sleep(waitMs);
    return `waited ${(waitMs / 1000).toFixed(
      0,
    )} s for the next 5-min step to end`;
  }
  const sql = `DELETE FROM sli_buckets WHERE (entity_ref, slo_id, start_ms) IN
    (SELECT entity_ref, slo_id, MAX(start_ms) FROM sli_buckets GROUP BY entity_ref, slo_id)`;
  const deleted = await db.run(sql);
  return `no step ended yet: newest stored step of each objective removed (${deleted} rows), the gap a newly ended step leaves`;
}

/**
 * What a tool without stored buckets asks every cycle: for each SLO,
 * `increase()` of its bad and total counters over the whole 30-day window
 * (instant queries at the last step boundary).
 */
export async function naiveCycle(prometheusUrl, services, cursor) {
  cursor.take();
  const timeSec = Math.floor(Date.now() / 1000 / STEP_SEC) * STEP_SEC;
  const t = performance.now();
  for (const service of services) {
    for (const metric of [ERRORS, REQUESTS]) {
      const res = await fetch(`${prometheusUrl}/api/v1/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          query: `sum(increase(${metric}{service="${service}"}[30d]))`,
          time: String(timeSec),
        }),
      });
      if (!res.ok)
        throw new Error(`naive query: HTTP ${res.status} ${await res.text()}`);
    }
  }
  const wallMs = performance.now() - t;
  await sleep(200);
  return { wallMs, ...queryFigures(cursor.take()) };
}

/** p50/p95 of `GET /v1/slos?entityRef=` after warm-up; null when not served. */
export async function sloListLatency(baseUrl, entityRef, requests) {
  const url = `/api/delivery-reliability/v1/slos?entityRef=${encodeURIComponent(
    entityRef,
  )}`;
  const first = await get(baseUrl, url);
  if (first.status !== 200) return { status: first.status, body: first.body };
  for (let i = 0; i < 20; i++) await get(baseUrl, url);
  const ms = [];
  for (let i = 0; i < requests; i++) ms.push((await get(baseUrl, url)).ms);
  ms.sort((a, b) => a - b);
  return {
    status: 200,
    slos: first.body.slos?.length,
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    firstMs: first.ms,
  };
}
