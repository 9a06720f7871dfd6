// yarn node bench/github.mjs — the GitHub source module's sync engine against a
// simulated organisation (200 repositories × 1 year, every 10th a monorepo
// of three services) served by a local node:http mock (bench/github-org.mjs).
// Prints: backfill wall time and API calls, the same for a naive
// per-pull-request strategy (list pages of 30; per merged pull one commits
// and one files call, per entity), their ratio, and the calls per hour of
// incremental sync (every 10 minutes, with ETags). Options: --repos N --seed N
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { makeOrganisation, serveOrganisation } from './github-org.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = path.join(
  ROOT,
  'plugins/delivery-reliability-backend-module-github',
);
const { values: opts } = parseArgs({
  options: {
    repos: { type: 'string', default: '200' },
    seed: { type: 'string', default: '7' },
  },
});
const DAY = 86_400_000;
const CONCURRENCY = 4;

// The module's TypeScript, bundled as is (no copy of its logic here).
const outDir = path.join(
  ROOT,
  'node_modules/.cache/delivery-reliability-bench',
);
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'github-sync.mjs');
await build({
  stdin: {
    contents: `export { syncRepositories } from './src/sync/syncRepositories';
export { GithubApi } from './src/github/GithubApi';
export { toRepositoryTargets } from './src/targets';`,
    resolveDir: MODULE,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: outFile,
  logLevel: 'error',
  external: ['@backstage/*'],
});
const { syncRepositories, GithubApi, toRepositoryTargets } = await import(
  pathToFileURL(outFile).href
);

const endMs = Date.now();
const clock = { nowMs: endMs };
const repos = makeOrganisation({
  repositories: Number(opts.repos),
  startMs: endMs - 365 * DAY,
  endMs: endMs + 3_600_000,
  seed: Number(opts.seed),
});
const { server, counts, baseUrl } = await serveOrganisation(repos, clock);

const entities = [...repos.values()].flatMap(r =>
  r.services.map(s => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: s ? `${r.name}-${s}` : r.name,
      namespace: 'default',
      annotations: {
        'github.com/project-slug': `acme/${r.name}`,
        ...(s
          ? {
              'delivery-reliability.io/github-paths': `services/${s}`,
              'delivery-reliability.io/github-deployments': `environment:${s}-*`,
            }
          : {}),
      },
    },
  })),
);
const quiet = {
  info() {},
  warn() {},
  error: console.error,
  debug() {},
  child() {
    return quiet;
  },
};
const memoryStore = () => {
  const cursors = new Map();
  const pulls = new Map();
  return {
    async getCursor(repo) {
      return cursors.get(repo);
    },
    async knownPullNumbers(repo, numbers) {
      return new Set(numbers.filter(n => pulls.has(`${repo}#${n}`)));
    },
    async pullsByMergeSha(repo, shas) {
      return shas.flatMap(sha => pulls.get(`${repo}@${sha}`) ?? []);
    },
    async save(repo, cursor, newPulls) {
      cursors.set(repo, structuredClone(cursor));
      newPulls.forEach(p => {
        pulls.set(`${repo}#${p.number}`, p);
        pulls.set(`${repo}@${p.mergeSha}`, p);
      });
    },
  };
};
const events = { changes: 0, deployments: 0 };
const sink = {
  async ingest(batch) {
    for (const e of batch)
      events[e.type === 'change' ? 'changes' : 'deployments']++;
    return {};
  },
};
const targets = toRepositoryTargets(entities, (ref, reason) =>
  console.error(ref, reason),
);
const api = new GithubApi({ logger: quiet });
const store = memoryStore();
const run = () =>
  syncRepositories({
    targets,
    api,
    host: 'github.com',
    apiBaseUrl: baseUrl,
    headersFor: async () => ({ Authorization: 'token bench' }),
    store,
    sink,
    logger: quiet,
    backfillDays: 365,
    environmentByGithubName: new Map([
      ['production', 'production'],
      ...['svc-a', 'svc-b', 'svc-c'].map(s => [
        `${s}-production`,
        'production',
      ]),
    ]),
    maxConcurrentRepositories: CONCURRENCY,
    nowMs: clock.nowMs,
  });

// Naive: every entity on its own, default page size, per pull commits + files.
async function naive() {
  const get = async url => {
    const res = await fetch(url, { headers: { Authorization: 'token bench' } });
    const link = res.headers.get('link');
    return {
      data: await res.json(),
      next: link && /<([^>]+)>;\s*rel="next"/.exec(link)?.[1],
    };
  };
  const all = async url => {
    const items = [];
    while (url) {
      const p = await get(url);
      items.push(...p.data);
      url = p.next;
    }
    return items;
  };
  const windowStart = clock.nowMs - 365 * DAY;
  let next = 0;
  const worker = async () => {
    while (next < entities.length) {
      const e = entities[next++];
      const slug = e.metadata.annotations['github.com/project-slug'];
      const repoUrl = `${baseUrl}/repos/${slug}`;
      let url = `${repoUrl}/pulls?state=closed&sort=updated&direction=desc`;
      pages: while (url) {
        const p = await get(url);
        for (const pull of p.data) {
          if (Date.parse(pull.updated_at) < windowStart) break pages;
          if (!pull.merged_at) continue;
          await all(`${repoUrl}/pulls/${pull.number}/commits`);
          await all(`${repoUrl}/pulls/${pull.number}/files`);
        }
        url = p.next;
      }
      const deployments = (await all(`${repoUrl}/deployments`)).filter(
        d => Date.parse(d.created_at) >= windowStart,
      );
      const last = {};
      for (const d of deployments.reverse()) {
        const statuses = await all(`${repoUrl}/deployments/${d.id}/statuses`);
        if (statuses[0]?.state === 'success') {
          if (last[d.environment])
            await get(
              `${repoUrl}/compare/${last[d.environment]}...${
                d.sha
              }?per_page=100`,
            );
          last[d.environment] = d.sha;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const fmt = n => n.toLocaleString('en-US');
const pulls = [...repos.values()].reduce(
  (n, r) => n + r.pulls.filter(p => p.merged_at && p.updatedMs <= endMs).length,
  0,
);
const deploys = [...repos.values()].reduce(
  (n, r) => n + r.deployments.filter(d => d.createdMs <= endMs).length,
  0,
);
console.log(
  `Organisation: ${repos.size} repositories, ${entities.length} entities, ${fmt(
    pulls,
  )} merged pulls, ${fmt(deploys)} deployments in 365 days`,
);

// Naive first: it is measured on a cold process, the module on a warm one,
// and the module's state then carries on into the incremental hour.
let t0 = performance.now();
await naive();
const naiveMs = performance.now() - t0;
const naiveCalls = counts.requests;

counts.requests = 0;
t0 = performance.now();
await run();
const oursMs = performance.now() - t0;
const oursCalls = counts.requests;
console.log(
  `Backfill (module):  ${(oursMs / 1000).toFixed(1)} s, ${fmt(
    oursCalls,
  )} API calls, ${fmt(events.changes)} change + ${fmt(
    events.deployments,
  )} deployment events`,
);
console.log(
  `Backfill (naive):   ${(naiveMs / 1000).toFixed(1)} s, ${fmt(
    naiveCalls,
  )} API calls`,
);
console.log(
  `Ratio naive/module: ${(naiveCalls / oursCalls).toFixed(2)}× calls, ${(
    naiveMs / oursMs
  ).toFixed(2)}× wall time`,
);
// Against GitHub the budget, not the loopback latency, bounds a backfill.
console.log(
  `At 5,000 requests/hour per token: module ${(oursCalls / 5000).toFixed(
    1,
  )} h, naive ${(naiveCalls / 5000).toFixed(1)} h of rate-limit budget`,
);

// One simulated hour of incremental sync, every 10 minutes.
counts.requests = 0;
counts.notModified = 0;
const before = { ...events };
for (let i = 1; i <= 6; i++) {
  clock.nowMs = endMs + i * 600_000;
  await run();
}
const charged = counts.requests - counts.notModified;
console.log(
  `Incremental (1 h, 6 runs): ${fmt(
    counts.requests,
  )} calls/hour, of which ${fmt(counts.notModified)} were 304 (free); ${fmt(
    charged,
  )} count against the rate limit (${(charged / repos.size).toFixed(
    1,
  )} per repository); ${events.changes - before.changes} changes + ${
    events.deployments - before.deployments
  } deployments`,
);
server.close();
