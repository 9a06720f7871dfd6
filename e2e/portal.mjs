// Starts the demo portal (`yarn start`: frontend dev server on :3000 and the
// backend on :7007, SQLite in memory, demo data) for the browser tests, or uses
// one that is already running (set PORTAL_URL to skip starting).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_URL = process.env.PORTAL_URL ?? 'http://localhost:3000';
export const BACKEND_URL = process.env.PORTAL_BACKEND_URL ?? 'http://localhost:7007';

async function isUp(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitFor(check, what, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`portal exited (code ${child.exitCode}) before ${what}`);
    }
    if (await check()) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

/**
 * Starts the portal unless one answers already; resolves to a stop function.
 * The backend is ready when its readiness probe answers and the demo history
 * has reached the delivery API (the guest-visible service has deployments).
 */
export async function startPortal({ timeoutMs = 300_000 } = {}) {
  const readiness = `${BACKEND_URL}/.backstage/health/v1/readiness`;
  if (process.env.PORTAL_URL || (await isUp(readiness))) {
    return async () => {};
  }
  const logFile = path.join(ROOT, 'e2e-test-report', 'portal.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  // A process group of its own, so stopping it also stops the dev servers.
  const child = spawn('yarn', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, BROWSER: 'none' },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await new Promise(r => {
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
        r();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  };
  try {
    await waitFor(() => isUp(readiness), 'backend readiness', timeoutMs, child);
    await waitFor(() => isUp(APP_URL), 'frontend dev server', timeoutMs, child);
  } catch (e) {
    await stop();
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${e.message}\n--- portal log (tail) ---\n${tail}`);
  }
  return stop;
}
