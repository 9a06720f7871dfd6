// Measuring helpers of bench/dora.mjs: API calls, catalog readiness, the
// per-case timing table (rollup API against the raw baseline) and rebuilds.
import fs from 'node:fs';
import { CI_TOKEN, quantile } from './lib.mjs';
import { DAY, END, refOf } from './dora-data.mjs';

// Raw queries over a year of 1,000 services take seconds: stop after this long.
export const RAW_BUDGET_MS = 20_000;
const headers = { authorization: `Bearer ${CI_TOKEN}` };

// Synchronous writes: a piped stdout must not lose lines if a run fails.
export const log = (...args) => fs.writeSync(1, `${args.join(' ')}\n`);
export const secondsSince = t => ((performance.now() - t) / 1000).toFixed(1);

export async function api(baseUrl, method, urlPath) {
  const url = `${baseUrl}/api/delivery-reliability${urlPath}`;
  // A keep-alive socket the server closes while idle (during long raw
  // baseline runs) fails the next request once; retry reads on a new one.
  const res = await fetch(url, { method, headers }).catch(error => {
    if (method !== 'GET' || error?.cause?.code !== 'UND_ERR_SOCKET')
      throw error;
    return fetch(url, { method, headers });
  });
  const body = await res.json();
  if (!res.ok)
    throw new Error(
      `${method} ${urlPath}: HTTP ${res.status} ${JSON.stringify(body)}`,
    );
  return body;
}

export function catalogConfig(file) {
  return `catalog:
  rules:
    - allow: [Component, System, API, Group, User, Resource, Location]
  locations:
    - type: file
      target: ${file}
`;
}

/** Waits until the catalog resolves `group` to `count` components. */
export async function waitForCatalog(baseUrl, group, count) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const body = await api(baseUrl, 'GET', `/v1/dora?entityRef=${group}`).catch(
      () => undefined,
    );
    if (body?.entityRefs?.length === count) return;
    if (Date.now() > deadline)
      throw new Error(`catalog never resolved ${group} to ${count} components`);
    await new Promise(r => setTimeout(r, 2000));
  }
}

export async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const fmt = ms => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const near = (a, b) =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= 0.0101 * Math.max(Math.abs(b), 1e-9);

/** Do the rollup answer and the raw one agree (counts exact, quantiles within 1 %)? */
export function agree(m, raw) {
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

/** Runs each case reps times through the API and as raw SQL/JS; prints one row per case. */
export async function measure(baseUrl, title, cases, raw, reps) {
  log(`\n${title}`);
  log(
    'case                          rollup p50 / p95 ms (n)   raw p50 / p95 ms (n)       raw÷rollup p50   agree   deployments  lead p50 h',
  );
  for (const c of cases) {
    const from = new Date(END - c.days * DAY).toISOString();
    const url = `/v1/dora?entityRef=${c.entityRef}&from=${from}&to=${new Date(
      END,
    ).toISOString()}`;
    for (let i = 0; i < 3; i++) await api(baseUrl, 'GET', url); // warm-up
    const rollup = [];
    let body;
    for (let i = 0; i < reps; i++) {
      const r = await timed(() => api(baseUrl, 'GET', url));
      rollup.push(r.ms);
      body = r.value;
    }
    const rawTimes = [];
    let rawValue;
    const rawStarted = performance.now();
    while (
      rawTimes.length < reps &&
      (rawTimes.length < 3 || performance.now() - rawStarted < RAW_BUDGET_MS)
    ) {
      const r = await timed(() =>
        raw(body.entityRefs, END - c.days * DAY, END),
      );
      rawTimes.push(r.ms);
      rawValue = r.value;
    }
    rollup.sort((a, b) => a - b);
    rawTimes.sort((a, b) => a - b);
    const m = body.metrics;
    log(
      `${c.label.padEnd(30)}${`${fmt(quantile(rollup, 0.5))} / ${fmt(
        quantile(rollup, 0.95),
      )} (${rollup.length})`.padEnd(26)}` +
        `${`${fmt(quantile(rawTimes, 0.5))} / ${fmt(
          quantile(rawTimes, 0.95),
        )} (${rawTimes.length})`.padEnd(27)}` +
        `${(quantile(rawTimes, 0.5) / quantile(rollup, 0.5))
          .toFixed(1)
          .padStart(7)}×         ${agree(m, rawValue) ? 'yes' : 'NO '}   ` +
        `${String(m.deploymentFrequency.deployments).padStart(11)}  ${(
          m.leadTimeForChanges.p50Seconds / 3600
        )
          .toFixed(2)
          .padStart(9)}`,
    );
    if (!agree(m, rawValue))
      log(
        '  rollup',
        JSON.stringify(m),
        '\n  raw   ',
        JSON.stringify(rawValue),
      );
  }
}

export function casesFor(prefix, services) {
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

export async function rebuild(baseUrl, backend) {
  log(
    `backend peak RSS before the rebuild: ${backend.peakRssMb().toFixed(0)} MB`,
  );
  const { ms, value } = await timed(() =>
    api(baseUrl, 'POST', '/v1/rollups/rebuild'),
  );
  log(
    `rebuild: ${(ms / 1000).toFixed(1)} s — ${value.entities} entities, ${
      value.deployments
    } deployments, ${
      value.dayRows
    } running-total day rows; peak RSS now ${backend
      .peakRssMb()
      .toFixed(0)} MB`,
  );
}
