import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** One series to backfill: samples as `[epochSeconds, value]`, ascending. */
export interface BackfillSeries {
  metric: string;
  labels?: Record<string, string>;
  samples: Array<[number, number]>;
}

/** A real Prometheus (`/usr/bin/prometheus`) serving backfilled data. */
export interface TestPrometheus {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server; the data stays for {@link TestPrometheus.start}. */
  stop(): Promise<void>;
  /** (Re)starts it on the same port and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

/** OpenMetrics text with explicit timestamps (seconds), one family per metric. */
export function toOpenMetrics(series: readonly BackfillSeries[]): string {
  const families = new Map<string, BackfillSeries[]>();
  for (const s of series) {
    families.set(s.metric, [...(families.get(s.metric) ?? []), s]);
  }
  const lines: string[] = [];
  for (const [metric, members] of families) {
    lines.push(`# TYPE ${metric} unknown`);
    for (const s of members) {
      const labels = Object.entries(s.labels ?? {})
        .map(([k, v]) => `${k}="${v}"`)
        .join(',');
      for (const [t, v] of s.samples) {
        lines.push(`${metric}${labels ? `{${labels}}` : ''} ${v} ${t}`);
      }
    }
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) {
      throw new Error(`prometheus exited with ${child.exitCode}: ${log()}`);
    }
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`prometheus at ${url} not ready after 30 s: ${log()}`);
}

/**
 * Backfills `series` with `promtool tsdb create-blocks-from openmetrics`
 * into a fresh temp dir and starts Prometheus on it, on a free port.
 * Backfilled blocks must not overlap the head; with no scraping the head
 * is empty, so data up to "now" is accepted (checked on 2.42).
 */
export async function startTestPrometheus(options: {
  series: readonly BackfillSeries[];
  retention?: string;
  queryLogFile?: string;
}): Promise<TestPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'dr-prometheus-'));
  const dataDir = join(dir, 'tsdb');
  await writeFile(join(dir, 'data.om'), toOpenMetrics(options.series));
  await promisify(execFile)(
    '/usr/bin/promtool',
    [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      join(dir, 'data.om'),
      dataDir,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const configFile = join(dir, 'prometheus.yml');
  await writeFile(
    configFile,
    `global:\n  scrape_interval: 1m\n${
      options.queryLogFile ? `  query_log_file: ${options.queryLogFile}\n` : ''
    }`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise(r => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
  };
  const start = async () => {
    let output = '';
    const started = spawn(
      '/usr/bin/prometheus',
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--web.listen-address=127.0.0.1:${port}`,
        `--storage.tsdb.retention.time=${options.retention ?? '15d'}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    started.stdout?.on('data', d => (output += d));
    started.stderr?.on('data', d => (output += d));
    child = started;
    await waitReady(url, started, () => output.slice(-2000));
  };
  await start();
  return {
    url,
    port,
    dataDir,
    stop,
    start,
    destroy: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Samples every `intervalSec` from `fromSec` to `toSec` inclusive. */
export function everyInterval(
  fromSec: number,
  toSec: number,
  intervalSec: number,
  value: (i: number, timeSec: number) => number,
): Array<[number, number]> {
  const samples: Array<[number, number]> = [];
  for (let i = 0, t = fromSec; t <= toSec; i++, t += intervalSec) {
    samples.push([t, value(i, t)]);
  }
  return samples;
}
