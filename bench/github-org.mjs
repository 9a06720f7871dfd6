// A simulated GitHub organisation for bench:github, served by plain node:http
// with the REST shapes, Link pagination, ETags (304) and rate-limit headers
// the module reads. Deterministic: the same seed gives the same organisation.
import http from 'node:http';
import { createHash } from 'node:crypto';

const DAY = 86_400_000;

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const iso = ms => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Repositories with a year of history before `endMs` (and some after, for
 * the incremental hour). Every `monorepoEvery`-th repository is a monorepo
 * of three services.
 */
export function makeOrganisation({
  repositories,
  startMs,
  endMs,
  seed = 1,
  monorepoEvery = 10,
}) {
  const rand = prng(seed);
  const repos = new Map();
  for (let r = 0; r < repositories; r++) {
    const name = `repo-${String(r).padStart(3, '0')}`;
    const services =
      r % monorepoEvery === 0 ? ['svc-a', 'svc-b', 'svc-c'] : [null];
    const pulls = [];
    const history = [{ sha: `${name}-root`, atMs: startMs - 30 * DAY }];
    const mergesPerDay = 0.2 + rand() * 0.8;
    let number = 0;
    for (
      let t = startMs;
      t < endMs;
      t += (-Math.log(1 - rand()) / mergesPerDay) * DAY
    ) {
      number++;
      const openedMs = t - rand() * 3 * DAY;
      const merged = rand() > 0.1;
      const sha = `${name}-m${number}`;
      const paths = services.map(s => (s ? `services/${s}/` : 'src/'));
      const touched = [paths[Math.floor(rand() * paths.length)]];
      if (services.length > 1 && rand() < 0.2)
        touched.push(paths[(paths.indexOf(touched[0]) + 1) % paths.length]);
      const commits = Array.from(
        { length: 1 + Math.floor(rand() * 5) },
        (_, i) => ({
          sha: `${sha}-c${i}`,
          date: iso(openedMs - rand() * DAY),
        }),
      );
      pulls.push({
        number,
        created_at: iso(openedMs),
        updated_at: iso(t + rand() * 3_600_000),
        updatedMs: t,
        merged_at: merged ? iso(t) : null,
        merge_commit_sha: merged ? sha : null,
        commits,
        files: touched.map((p, i) => `${p}file-${number}-${i}.ts`),
      });
      if (merged) history.push({ sha, atMs: t });
    }
    const deployments = [];
    let id = r * 100_000;
    for (const service of services) {
      for (const env of ['production', 'staging']) {
        const perDay = (env === 'production' ? 0.4 : 0.3) / services.length;
        for (
          let t = startMs;
          t < endMs;
          t += (-Math.log(1 - rand()) / perDay) * DAY
        ) {
          const head =
            [...history].reverse().find(c => c.atMs <= t) ?? history[0];
          const done = t + (2 + rand() * 10) * 60_000;
          deployments.push({
            id: ++id,
            sha: head.sha,
            environment: service ? `${service}-${env}` : env,
            created_at: iso(t),
            createdMs: t,
            statuses: [
              {
                state: 'in_progress',
                created_at: iso(t + 30_000),
                atMs: t + 30_000,
              },
              {
                state: rand() < 0.9 ? 'success' : 'failure',
                created_at: iso(done),
                atMs: done,
              },
            ],
          });
        }
      }
    }
    deployments.sort((a, b) => a.createdMs - b.createdMs);
    deployments.forEach((d, i) => (d.id = r * 100_000 + i + 1));
    repos.set(`acme/${name}`, { name, services, pulls, history, deployments });
  }
  return repos;
}

/** Starts the mock API on 127.0.0.1; `clock.nowMs` hides what has not happened yet. */
export async function serveOrganisation(repos, clock) {
  const counts = { requests: 0, notModified: 0 };
  const server = http.createServer((req, res) => {
    counts.requests++;
    const url = new URL(req.url, 'http://127.0.0.1');
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(url.pathname);
    const repo = m && repos.get(`${m[1]}/${m[2]}`);
    if (!repo) return send(404, { message: 'Not Found' });
    const path = m[3];
    const now = clock.nowMs;
    let body;
    let list;
    let match;
    if (path === '/deployments') {
      list = repo.deployments
        .filter(d => d.createdMs <= now)
        .reverse()
        .map(({ id, sha, environment, created_at }) => ({
          id,
          sha,
          ref: 'main',
          task: 'deploy',
          payload: {},
          environment,
          created_at,
          updated_at: created_at,
        }));
    } else if ((match = /^\/deployments\/(\d+)\/statuses$/.exec(path))) {
      const d = repo.deployments.find(x => x.id === Number(match[1]));
      list = (d?.statuses ?? [])
        .filter(s => s.atMs <= now)
        .reverse()
        .map(({ state, created_at }, i) => ({ id: i + 1, state, created_at }));
    } else if (path === '/pulls') {
      list = repo.pulls
        .filter(p => p.updatedMs <= now)
        .sort((a, b) => b.updatedMs - a.updatedMs)
        .map(
          ({
            number,
            created_at,
            updated_at,
            merged_at,
            merge_commit_sha,
          }) => ({
            number,
            state: 'closed',
            created_at,
            updated_at,
            merged_at,
            merge_commit_sha,
          }),
        );
    } else if ((match = /^\/pulls\/(\d+)\/(commits|files)$/.exec(path))) {
      const p = repo.pulls[Number(match[1]) - 1];
      list =
        match[2] === 'commits'
          ? p.commits.map(c => ({
              sha: c.sha,
              commit: { author: { date: c.date }, committer: { date: c.date } },
            }))
          : p.files.map(filename => ({ filename, status: 'modified' }));
    } else if ((match = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(path))) {
      const shas = repo.history.map(c => c.sha);
      const from = shas.indexOf(decodeURIComponent(match[1]));
      const to = shas.indexOf(decodeURIComponent(match[2]));
      if (from < 0 || to < 0) return send(404, { message: 'Not Found' });
      const commits = shas.slice(from + 1, to + 1).map(sha => ({ sha }));
      const perPage = Number(url.searchParams.get('per_page') ?? 250);
      const page = Number(url.searchParams.get('page') ?? 1);
      body = {
        status: 'ahead',
        total_commits: commits.length,
        commits: commits.slice((page - 1) * perPage, page * perPage),
      };
      return send(
        200,
        body,
        page * perPage < commits.length ? nextLink(url, page) : undefined,
      );
    } else {
      return send(404, { message: 'Not Found' });
    }
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      100,
    );
    const page = Number(url.searchParams.get('page') ?? 1);
    return send(
      200,
      list.slice((page - 1) * perPage, page * perPage),
      page * perPage < list.length ? nextLink(url, page) : undefined,
    );

    function send(status, data, link) {
      const text = JSON.stringify(data);
      const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
      const headers = {
        'content-type': 'application/json',
        etag,
        'x-ratelimit-limit': '1000000',
        'x-ratelimit-remaining': '999999',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      };
      if (link) headers.link = link;
      if (status === 200 && req.headers['if-none-match'] === etag) {
        counts.notModified++;
        res.writeHead(304, headers);
        return res.end();
      }
      res.writeHead(status, headers);
      res.end(text);
    }
  });
  function nextLink(url, page) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    return `<http://127.0.0.1:${server.address().port}${next.pathname}${
      next.search
    }>; rel="next"`;
  }
  server.keepAliveTimeout = 60_000;
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    counts,
    baseUrl: `http://127.0.0.1:${server.address().port}`,
  };
}
