// The backend of bench/slo.mjs: the Prometheus module's dev backend
// (delivery-reliability plugin + Prometheus SLI source + catalog +
// allow-all permissions), its evaluation task driven through the
// scheduler's REST API and timed from its "SLO evaluation:" log lines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BACKEND_NODE_OPTIONS, CI_TOKEN, ROOT } from './lib.mjs';

const MODULE_DIR = path.join(
  ROOT,
  'plugins/delivery-reliability-backend-module-prometheus',
);
const require = createRequire(path.join(ROOT, 'package.json'));
export const TASK_ID = 'delivery-reliability-slo-evaluation';
const headers = { authorization: `Bearer ${CI_TOKEN}` };
const sleep = ms => new Promise(r => setTimeout(r, ms));

/** The app-config of one run (JSON is YAML, so no YAML writer is needed). */
function appConfig({ port, db, prometheusUrl, catalogFile, entities }) {
  const database =
    db.kind === 'sqlite'
      ? { client: 'better-sqlite3', connection: { directory: db.dir } }
      : { client: 'pg', connection: db.url, prefix: db.prefix };
  return {
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { port, host: '127.0.0.1' },
      database,
      auth: {
        externalAccess: [
          { type: 'static', options: { token: CI_TOKEN, subject: 'bench-ci' } },
        ],
      },
    },
    permission: { enabled: true },
    catalog: {
      rules: [{ allow: ['Component', 'Group'] }],
      locations: [{ type: 'file', target: catalogFile }],
    },
    deliveryReliability: {
      prometheus: { dataSources: [{ name: 'bench', url: prometheusUrl }] },
      slo: { entities },
    },
  };
}

// Same accounting as lib.mjs: VmHWM (or VmRSS) of the largest process of the group.
function groupRssMb(pgid, key = 'VmHWM') {
  let peak = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${d}/status`, 'utf8');
      const kb = new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1];
      peak = Math.max(peak, Number(kb ?? 0));
    } catch {}
  }
  return peak / 1024;
}

/**
 * Starts the dev backend on `port` and resolves when ready. Logs at info
 * (JSON lines, NODE_ENV=production) go to `dir/backend.log`, where the
 * evaluation task writes one "SLO evaluation:" line per cycle.
 */
export async function startSloBackend({ dir, port, ...rest }) {
  fs.mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(configFile, JSON.stringify(appConfig({ port, ...rest })));
  const logFile = path.join(dir, 'backend.log');
  const log = fs.openSync(logFile, 'w');
  // The dev entry point as `backstage-cli package start` runs it, minus its
  // file watcher: other work in the checkout must not restart the backend
  // in the middle of a measured cycle.
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      'dev/index',
      '--config',
      configFile,
    ],
    {
      cwd: MODULE_DIR,
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        NODE_OPTIONS: `${
          process.env.NODE_OPTIONS ?? ''
        } ${BACKEND_NODE_OPTIONS}`.trim(),
        ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      },
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const tail = fs.readFileSync(logFile, 'utf8').slice(-3000);
      throw new Error(`backend did not become ready\n${tail}`);
    }
    try {
      if ((await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok) break;
    } catch {}
    await sleep(300);
  }
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await sleep(1500);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  return {
    baseUrl,
    logFile,
    stop,
    peakRssMb: () => groupRssMb(child.pid),
    rssMb: () => groupRssMb(child.pid, 'VmRSS'),
  };
}

/** GET with the bench's service token; `{ status, body, ms }`. */
export async function get(baseUrl, urlPath) {
  const t = performance.now();
  const res = await fetch(`${baseUrl}${urlPath}`, { headers });
  const text = await res.text();
  const ms = performance.now() - t;
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, ms };
}

const SCHEDULER = '/api/delivery-reliability/.backstage/scheduler/v1/tasks';

/** State of the evaluation task: `{ running, startedAt?, lastRunError? }`. */
export async function taskState(baseUrl) {
  const { body } = await get(baseUrl, SCHEDULER);
  const task = body?.tasks?.find(t => t.taskId === TASK_ID);
  if (!task)
    throw new Error(`task ${TASK_ID} not scheduled: ${JSON.stringify(body)}`);
  return {
    running:
      task.workerState?.status === 'running' ||
      task.taskState?.status === 'running',
    startedAt: task.taskState?.startedAt,
    lastRunError: task.taskState?.lastRunError,
  };
}

/** Asks the scheduler for a run now (it starts within its 5 s poll). */
export async function triggerCycle(baseUrl) {
  const res = await fetch(`${baseUrl}${SCHEDULER}/${TASK_ID}/trigger`, {
    method: 'POST',
    headers,
  });
  if (!res.ok)
    throw new Error(`trigger: HTTP ${res.status} ${await res.text()}`);
}

function parseCycleLine(line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  const m =
    /SLO evaluation: (\d+) objectives of (\d+) entities, (\d+) buckets written in (\d+) reads, (\d+) errors/.exec(
      entry.message ?? '',
    );
  if (!m) return undefined;
  const duration = /in ([\d.]+) ?ms\b/.exec(entry.message.slice(m[0].length));
  return {
    objectives: Number(m[1]),
    entities: Number(m[2]),
    buckets: Number(m[3]),
    reads: Number(m[4]),
    errors: Number(m[5]),
    durationMs: duration ? Number(duration[1]) : undefined,
    message: entry.message,
  };
}

const watchers = new Map();

/**
 * The evaluation log lines written so far: `{ objectives, entities,
 * buckets, reads, errors, durationMs? }` (durationMs when the line has
 * one). Reads only what was appended since the last call, so polling it
 * often costs next to nothing.
 */
export function cycleLines(logFile) {
  let w = watchers.get(logFile);
  if (!w) watchers.set(logFile, (w = { offset: 0, rest: '', lines: [] }));
  const size = fs.statSync(logFile).size;
  if (size > w.offset) {
    const buf = Buffer.alloc(size - w.offset);
    const fd = fs.openSync(logFile, 'r');
    fs.readSync(fd, buf, 0, buf.length, w.offset);
    fs.closeSync(fd);
    w.offset = size;
    const parts = (w.rest + buf.toString('utf8')).split('\n');
    w.rest = parts.pop();
    for (const line of parts) {
      if (!line.includes('SLO evaluation:')) continue;
      const parsed = parseCycleLine(line);
      if (parsed) w.lines.push(parsed);
    }
  }
  return w.lines;
}

/** Waits for the `n`-th evaluation log line (1-based) and returns it. */
export async function waitForCycleLine(
  logFile,
  n,
  timeoutMs = 900_000,
  pollMs = 100,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = cycleLines(logFile);
    if (lines.length >= n) return lines[n - 1];
    if (Date.now() > deadline) {
      throw new Error(
        `no evaluation cycle #${n} logged within ${timeoutMs / 1000} s`,
      );
    }
    await sleep(pollMs);
  }
}

/** Warnings the evaluation logged (failed objectives), for the report. */
export function sloWarnings(logFile) {
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(l => l.includes('"warn"') && /SLO/.test(l))
    .slice(0, 5);
}
