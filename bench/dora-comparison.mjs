// The team comparison case of bench/dora.mjs: GET /v1/comparison for the
// 1,000-service org (group=…-org: exactly its teams and services) and, for
// information, unrestricted (every Group and Component in the catalog).
import { CI_TOKEN, quantile } from './lib.mjs';
import { DAY, END } from './dora-data.mjs';
import { log, timed } from './dora-measure.mjs';

const headers = { authorization: `Bearer ${CI_TOKEN}` };
const fmt = ms => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

async function getJson(url) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${text}`);
  return { body: JSON.parse(text), bytes: text.length };
}

/**
 * The comparison cases: the org group over 90 d and 365 d, then
 * unrestricted; and, as a yardstick measured in the same run, `/v1/dora` of
 * the same org group (one summed answer instead of 1,021 rows).
 */
export function comparisonCases(prefix) {
  const group = `group:default/${prefix}-org`;
  return [
    { label: `${prefix}-org (1,000 services), 90 d`, group, days: 90 },
    { label: `${prefix}-org (1,000 services), 365 d`, group, days: 365 },
    { label: 'unrestricted (every group), 90 d', days: 90 },
    { label: 'unrestricted (every group), 365 d', days: 365 },
    {
      label: `(yardstick) /v1/dora ${prefix}-org, 90 d`,
      dora: group,
      days: 90,
    },
    {
      label: `(yardstick) /v1/dora ${prefix}-org, 365 d`,
      dora: group,
      days: 365,
    },
  ];
}

/**
 * Times each case `reps` times after 3 warm-up requests (client-measured,
 * JSON parsed) and prints p50/p95 with what the answer held. The backend
 * reuses a principal's catalog listing for 30 s, so repeated requests are
 * cache hits; the catalog listing a miss adds is timed separately below.
 */
export async function measureComparison(baseUrl, title, cases, reps) {
  log(`\n${title}`);
  log(
    'case                                   p50 / p95 ms (n)    teams  services  SLOs  frozen  denied  JSON KB',
  );
  for (const c of cases) {
    const query = new URLSearchParams({
      from: new Date(END - c.days * DAY).toISOString(),
      to: new Date(END).toISOString(),
      ...(c.group && { group: c.group }),
      ...(c.dora && { entityRef: c.dora }),
    });
    const path = c.dora ? 'dora' : 'comparison';
    const url = `${baseUrl}/api/delivery-reliability/v1/${path}?${query}`;
    for (let i = 0; i < 3; i++) await getJson(url); // warm-up
    const times = [];
    let answer;
    for (let i = 0; i < reps; i++) {
      const r = await timed(() => getJson(url));
      times.push(r.ms);
      answer = r.value;
    }
    times.sort((a, b) => a - b);
    const { body, bytes } = answer;
    const timing = `${fmt(quantile(times, 0.5))} / ${fmt(
      quantile(times, 0.95),
    )} (${times.length})`;
    if (c.dora) {
      log(`${c.label.padEnd(39)}${timing}`);
      continue;
    }
    const sum = f => body.services.reduce((n, s) => n + f(s), 0);
    log(
      `${c.label.padEnd(39)}${timing.padEnd(20)}` +
        `${String(body.teams.length).padStart(5)}${String(
          body.services.length,
        ).padStart(10)}${String(sum(s => s.slo.objectives)).padStart(6)}` +
        `${String(sum(s => s.slo.statusCounts.frozen)).padStart(8)}${String(
          sum(s => s.gate.deniedServices),
        ).padStart(8)}${String(Math.round(bytes / 1024)).padStart(9)}`,
    );
  }
  // What a cache miss adds: the one catalog listing the comparison makes.
  const fields =
    'kind,metadata.name,metadata.namespace,metadata.title,relations';
  const listing = `${baseUrl}/api/catalog/entities?filter=kind=group&filter=kind=component&fields=${fields}`;
  const listTimes = [];
  let count = 0;
  for (let i = 0; i < Math.max(5, Math.min(reps, 20)); i++) {
    const r = await timed(() => getJson(listing));
    listTimes.push(r.ms);
    count = r.value.body.length;
  }
  listTimes.sort((a, b) => a - b);
  log(
    `catalog listing of ${count} groups and components (a cache miss adds it): ${fmt(
      quantile(listTimes, 0.5),
    )} / ${fmt(quantile(listTimes, 0.95))} ms p50 / p95 (${listTimes.length})`,
  );
}
