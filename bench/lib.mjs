// Shared pieces of the benchmarks: start a lean backend (the delivery-reliability
// plugin's dev harness) against SQLite or PostgreSQL, and watch its memory.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CI_TOKEN = 'bench-ci-token-0123456789';
/** Node options of the benchmarked backend process. */
export const BACKEND_NODE_OPTIONS = '--max-semi-space-size=16';

/** Starts (if needed) the test PostgreSQL and returns its connection string. */
export function postgresUrl() {
  return execFileSync('bash', [path.join(ROOT, 'scripts/postgres.sh'), 'start'], {
    encoding: 'utf8',
  }).trim();
}

/** Drops the plugin's PostgreSQL database so each run starts empty. */
export async function dropPluginDatabase(url) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: `${url}/postgres` });
  await client.connect();
  await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'backstage_plugin_delivery-reliability'`,
  );
  await client.query('DROP DATABASE IF EXISTS "backstage_plugin_delivery-reliability"');
  await client.end();
}

function configYaml({ port, db }) {
  const database =
    db.kind === 'sqlite'
      ? `    client: better-sqlite3\n    connection:\n      directory: ${db.dir}\n`
      : `    client: pg\n    connection: ${db.url}\n${db.prefix ? `    prefix: ${db.prefix}\n` : ''}`;
  return `backend:
  baseUrl: http://127.0.0.1:${port}
  listen:
    port: ${port}
    host: 127.0.0.1
  database:
${database}  auth:
    externalAccess:
      - type: static
        options:
          token: ${CI_TOKEN}
          subject: bench-ci
permission:
  enabled: true
`;
}

/** Pids of every process in a process group (the backend and its children). */
function groupPids(pgid) {
  const pids = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) pids.push(Number(d));
    } catch {}
  }
  return pids;
}

function statusKb(pid, key) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts the plugin's dev backend (`dev/index.ts`: this plugin, the permission
 * backend with its allow-all policy, nothing else) and resolves when ready.
 * `peakRssMb()` is the high-water mark (VmHWM) of the largest process of its
 * group, i.e. the backend's Node process.
 */
export async function startBackend({ port, db, extraConfig = '', env = {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-bench-'));
  const configFile = path.join(dir, 'app-config.bench.yaml');
  // extraConfig: more top-level YAML (e.g. `catalog:` for bench/dora.mjs).
  fs.writeFileSync(configFile, configYaml({ port, db }) + extraConfig);
  const log = fs.openSync(path.join(dir, 'backend.log'), 'w');
  // Node directly with the CLI's TypeScript loader, as `backstage-cli package
  // start` runs it but without its file watcher: an edit elsewhere in the
  // repository must not restart the backend in the middle of a measurement.
  const require = createRequire(path.join(ROOT, 'package.json'));
  const child = spawn(process.execPath, [
    '--enable-source-maps',
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    'dev/index',
    '--config',
    configFile,
  ], {
    cwd: path.join(ROOT, 'plugins', 'delivery-reliability-backend'),
    detached: true,
    stdio: ['ignore', log, log],
    // A 16 MB young generation (V8's default grows to ~130 MB on Node 24) keeps
    // the dev backend's peak RSS honest for a small container; printed by the
    // benchmarks so the setting is never hidden.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${BACKEND_NODE_OPTIONS}`.trim(),
      ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      ...env,
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const tail = fs.readFileSync(path.join(dir, 'backend.log'), 'utf8').slice(-3000);
      throw new Error(`backend did not become ready\n${tail}`);
    }
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) break;
    } catch {}
    await new Promise(r => setTimeout(r, 500));
  }
  const peakRssMb = () =>
    Math.max(0, ...groupPids(child.pid).map(pid => statusKb(pid, 'VmHWM'))) / 1024;
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await new Promise(r => setTimeout(r, 1500));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { baseUrl, peakRssMb, stop };
}

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
