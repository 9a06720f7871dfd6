// Prometheus of bench/slo.mjs: 30 days of two counters per service,
// backfilled with promtool, served by /usr/bin/prometheus with a query log
// whose `stats.samples.totalQueryableSamples` tells what each query read.
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const SCRAPE_SEC = 60;
export const REQUESTS = 'bench_http_requests_total';
export const ERRORS = 'bench_http_errors_total';
const BLOCK_SEC = 2 * 3600;
const DAY_SEC = 86_400;

export const serviceName = s => `svc-${String(s).padStart(3, '0')}`;

/** Requests of service `s` in the minute ending at `t`: a daily wave. */
function requestsAt(s, t) {
  const base = 50 + ((s * 37) % 450);
  return Math.round(
    base * (1 + 0.3 * Math.sin((2 * Math.PI * t) / DAY_SEC + s)),
  );
}

/** Error share at `t`: 0.05–1 % per service, ×20 during a 30-min incident every ~7 days. */
function errorShareAt(s, t) {
  const share = 0.0005 * (1 + (s % 20));
  const incident = (t / SCRAPE_SEC + s * 977) % 10_007 < 30;
  return incident ? Math.min(1, share * 20) : share;
}

/**
 * Writes one OpenMetrics file per 2-hour TSDB block: promtool 2.42
 * re-parses its whole input once per block it creates, so one big file of
 * 30 days would be parsed 360 times; one file per block is parsed once.
 * Counters advance in time order across files. Returns files and samples.
 */
function writeBlockFiles(dir, services, fromSec, toSec) {
  const state = Array.from({ length: services }, () => ({ req: 0, errAcc: 0 }));
  const files = [];
  let samples = 0;
  for (
    let blockStart = Math.floor(fromSec / BLOCK_SEC) * BLOCK_SEC;
    blockStart <= toSec;
    blockStart += BLOCK_SEC
  ) {
    const first = Math.max(fromSec, blockStart);
    const last = Math.min(toSec, blockStart + BLOCK_SEC - SCRAPE_SEC);
    const req = [`# TYPE ${REQUESTS} unknown`];
    const err = [`# TYPE ${ERRORS} unknown`];
    for (let s = 0; s < services; s++) {
      const labels = `{service="${serviceName(s)}"}`;
      const st = state[s];
      for (let t = first; t <= last; t += SCRAPE_SEC) {
        const r = requestsAt(s, t);
        st.req += r;
        st.errAcc += r * errorShareAt(s, t);
        req.push(`${REQUESTS}${labels} ${st.req} ${t}`);
        err.push(`${ERRORS}${labels} ${Math.floor(st.errAcc)} ${t}`);
      }
    }
    samples += req.length + err.length - 2;
    const file = path.join(dir, `block-${blockStart}.om`);
    fs.writeFileSync(file, `${req.join('\n')}\n${err.join('\n')}\n# EOF\n`);
    files.push(file);
  }
  return { files, samples };
}

async function runLimited(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/**
 * Backfills `services` × 2 counters scraped every minute over
 * [fromSec, toSec] into `dir/tsdb` (promtool runs in parallel: it mostly
 * waits on disk). Returns the sample and block counts.
 */
export async function backfill({ dir, services, fromSec, toSec }) {
  const omDir = path.join(dir, 'om');
  const tsdb = path.join(dir, 'tsdb');
  fs.mkdirSync(omDir, { recursive: true });
  const { files, samples } = writeBlockFiles(omDir, services, fromSec, toSec);
  await runLimited(files, 8, async file => {
    await promisify(execFile)('/usr/bin/promtool', [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '-q',
      file,
      tsdb,
    ]);
    fs.rmSync(file);
  });
  return { tsdb, samples, series: services * 2, blocks: files.length };
}

/**
 * Starts Prometheus on the backfilled TSDB with a query log, and waits
 * until it has compacted promtool's 2-h blocks (its first compaction runs
 * a minute after start), so queries see the few large blocks of a
 * long-running Prometheus and no compaction competes for the CPU later.
 */
export async function startPrometheus({ dir, tsdb, port }) {
  const queryLog = path.join(dir, 'query.log');
  const configFile = path.join(dir, 'prometheus.yml');
  fs.writeFileSync(
    configFile,
    `global:\n  scrape_interval: ${SCRAPE_SEC}s\n  query_log_file: ${queryLog}\n`,
  );
  const out = fs.openSync(path.join(dir, 'prometheus.log'), 'w');
  const child = spawn(
    '/usr/bin/prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${tsdb}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=60d',
    ],
    { stdio: ['ignore', out, out], detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const tail = fs.readFileSync(path.join(dir, 'prometheus.log'), 'utf8');
      throw new Error(`prometheus did not become ready\n${tail.slice(-3000)}`);
    }
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {}
    await new Promise(r => setTimeout(r, 200));
  }
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await new Promise(r => setTimeout(r, 1000));
  };
  return {
    url,
    queryLog,
    stop,
    waitForCompaction: () => waitForCompaction(url),
  };
}

async function tsdbMetrics(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = name =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    blocks: value('prometheus_tsdb_blocks_loaded'),
    compactions: value('prometheus_tsdb_compactions_total'),
  };
}

/**
 * Waits until Prometheus has compacted and its block count has held for
 * 10 s (at most 4 min). Returns `{ blocksBefore, blocks, seconds }`.
 */
async function waitForCompaction(url) {
  const t = performance.now();
  const before = await tsdbMetrics(url);
  let last = before;
  let stableSince = performance.now();
  while (performance.now() - t < 240_000) {
    await new Promise(r => setTimeout(r, 2000));
    const now = await tsdbMetrics(url);
    if (now.blocks !== last.blocks) stableSince = performance.now();
    last = now;
    if (now.compactions > 0 && performance.now() - stableSince >= 10_000) break;
  }
  return {
    blocksBefore: before.blocks,
    blocks: last.blocks,
    seconds: (performance.now() - t) / 1000,
  };
}

/**
 * A cursor on the query log: `take()` returns the queries logged since the
 * last call, each `{ query, samples, execSeconds, start, end, step }`.
 */
export function queryLogCursor(file) {
  let offset = fs.existsSync(file) ? fs.statSync(file).size : 0;
  return {
    take() {
      if (!fs.existsSync(file)) return [];
      const size = fs.statSync(file).size;
      const buf = Buffer.alloc(size - offset);
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, buf, 0, buf.length, offset);
      fs.closeSync(fd);
      // Only whole lines; a line still being written is read next time.
      const text = buf.toString('utf8');
      const end = text.lastIndexOf('\n') + 1;
      offset += Buffer.byteLength(text.slice(0, end));
      return text
        .slice(0, end)
        .split('\n')
        .filter(Boolean)
        .map(line => {
          const entry = JSON.parse(line);
          return {
            query: entry.params?.query,
            start: entry.params?.start,
            end: entry.params?.end,
            step: entry.params?.step,
            samples: entry.stats?.samples?.totalQueryableSamples ?? NaN,
            execSeconds: entry.stats?.timings?.execTotalTime ?? 0,
          };
        });
    },
  };
}

/** Total samples of logged queries; NaN if any entry lacks the statistic. */
export const sumSamples = entries => entries.reduce((n, e) => n + e.samples, 0);
