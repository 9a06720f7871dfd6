/**
 * A fake GitHub REST API for msw, answering with the documented response
 * shapes: Link pagination (pages of at most `pageSize` items, whatever
 * per_page asks, so small fixtures still paginate), ETag / If-None-Match →
 * 304, x-ratelimit-* headers, and queued throttling answers.
 */
import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';

export const API = 'https://api.github.com';

export interface FakeStatus {
  state: string;
  created_at: string;
  log_url?: string;
}
export interface FakeDeployment {
  id: number;
  sha: string;
  environment: string;
  created_at: string;
  task?: string;
  statuses: FakeStatus[];
}
export interface FakePull {
  number: number;
  created_at: string;
  updated_at: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  commits: Array<{ sha: string; date: string }>;
  files: string[];
}
export interface FakeRepo {
  deployments: FakeDeployment[];
  pulls: FakePull[];
  /** Default-branch commits, oldest first: compare answers the slice after base up to head. */
  history: string[];
  /** Raw items appended to the deployments and pulls lists (malformed on purpose). */
  junkDeployments?: unknown[];
  junkPulls?: unknown[];
}

export function fakeGithub(
  repos: Record<string, FakeRepo>,
  options: { pageSize?: number } = {},
) {
  const pageSize = options.pageSize ?? 100;
  const requests: Array<{
    path: string;
    status: number;
    conditional: boolean;
  }> = [];
  const throttles: Array<{
    status: number;
    headers: Record<string, string>;
    body: string;
  }> = [];

  const respond = (request: Request, body: unknown, all?: unknown[]) => {
    const url = new URL(request.url);
    const conditional = request.headers.has('if-none-match');
    const throttle = throttles.shift();
    if (throttle) {
      requests.push({
        path: url.pathname,
        status: throttle.status,
        conditional,
      });
      return new HttpResponse(throttle.body, {
        status: throttle.status,
        headers: throttle.headers,
      });
    }
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': '4102444800',
    };
    let data = body;
    if (all) {
      const perPage = Math.min(
        Number(url.searchParams.get('per_page') ?? 30),
        pageSize,
      );
      const page = Number(url.searchParams.get('page') ?? 1);
      data = all.slice((page - 1) * perPage, page * perPage);
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next}>; rel="next"`;
      }
    }
    const etag = `"${createHash('sha1')
      .update(JSON.stringify(data))
      .digest('hex')}"`;
    headers.etag = etag;
    if (request.headers.get('if-none-match') === etag) {
      requests.push({ path: url.pathname, status: 304, conditional });
      return new HttpResponse(null, { status: 304, headers });
    }
    requests.push({ path: url.pathname, status: 200, conditional });
    return HttpResponse.json(data as any, { headers });
  };

  const repoOf = (params: Record<string, any>) => {
    const repo = repos[`${params.owner}/${params.repo}`];
    if (!repo)
      throw HttpResponse.json({ message: 'Not Found' }, { status: 404 });
    return repo;
  };
  const base = `${API}/repos/:owner/:repo`;
  const handlers = [
    http.get(`${base}/deployments`, ({ request, params }) => {
      const repo = repoOf(params);
      const items = [...repo.deployments]
        .sort((a, b) => b.id - a.id)
        .map(d => ({
          url: `${API}/repos/${params.owner}/${params.repo}/deployments/${d.id}`,
          id: d.id,
          node_id: `D_${d.id}`,
          sha: d.sha,
          ref: 'main',
          task: d.task ?? 'deploy',
          payload: {},
          original_environment: d.environment,
          environment: d.environment,
          description: null,
          creator: { login: 'octocat' },
          created_at: d.created_at,
          updated_at: d.created_at,
          transient_environment: false,
          production_environment: true,
        }));
      return respond(request, null, [
        ...items,
        ...(repo.junkDeployments ?? []),
      ]);
    }),
    http.get(`${base}/deployments/:id/statuses`, ({ request, params }) => {
      const d = repoOf(params).deployments.find(
        x => x.id === Number(params.id),
      );
      const items = [...(d?.statuses ?? [])].reverse().map((s, i) => ({
        id: i + 1,
        node_id: `DS_${i}`,
        state: s.state,
        creator: { login: 'octocat' },
        description: '',
        environment: d!.environment,
        target_url: s.log_url ?? '',
        created_at: s.created_at,
        updated_at: s.created_at,
        log_url: s.log_url ?? '',
      }));
      return respond(request, null, items);
    }),
    http.get(`${base}/pulls`, ({ request, params }) => {
      const repo = repoOf(params);
      const items = [...repo.pulls]
        .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at))
        .map(p => ({
          id: p.number * 1000,
          number: p.number,
          state: 'closed',
          title: `PR ${p.number}`,
          user: { login: 'octocat' },
          created_at: p.created_at,
          updated_at: p.updated_at,
          closed_at: p.merged_at ?? p.updated_at,
          merged_at: p.merged_at,
          merge_commit_sha: p.merge_commit_sha,
          draft: false,
          head: { ref: `feature-${p.number}` },
          base: { ref: 'main' },
        }));
      return respond(request, null, [...items, ...(repo.junkPulls ?? [])]);
    }),
    http.get(`${base}/pulls/:number/commits`, ({ request, params }) => {
      const p = repoOf(params).pulls.find(
        x => x.number === Number(params.number),
      )!;
      return respond(
        request,
        null,
        p.commits.map(c => ({
          sha: c.sha,
          node_id: `C_${c.sha}`,
          commit: {
            author: { name: 'Octo', email: 'o@example.com', date: c.date },
            committer: { name: 'Octo', email: 'o@example.com', date: c.date },
            message: 'work',
          },
          parents: [],
        })),
      );
    }),
    http.get(`${base}/pulls/:number/files`, ({ request, params }) => {
      const p = repoOf(params).pulls.find(
        x => x.number === Number(params.number),
      )!;
      return respond(
        request,
        null,
        p.files.map(f => ({
          sha: 'f',
          filename: f,
          status: 'modified',
          additions: 1,
          deletions: 0,
          changes: 1,
        })),
      );
    }),
    http.get(`${base}/compare/:range`, ({ request, params }) => {
      const repo = repoOf(params);
      const [from, to] = String(params.range).split('...');
      const start = repo.history.indexOf(from);
      const end = repo.history.indexOf(to);
      if (start < 0 || end < 0)
        return HttpResponse.json({ message: 'Not Found' }, { status: 404 });
      const commits = repo.history
        .slice(start + 1, end + 1)
        .map(sha => ({ sha, commit: {} }));
      // Compare paginates its commits; the other fields repeat on every page.
      const url = new URL(request.url);
      const perPage = Math.min(
        Number(url.searchParams.get('per_page') ?? 250),
        pageSize,
      );
      const page = Number(url.searchParams.get('page') ?? 1);
      const body = {
        status: 'ahead',
        ahead_by: commits.length,
        behind_by: 0,
        total_commits: commits.length,
        commits: commits.slice((page - 1) * perPage, page * perPage),
        files: [],
      };
      const response = respond(request, body);
      if (page * perPage < commits.length) {
        url.searchParams.set('page', String(page + 1));
        response.headers.set('link', `<${url}>; rel="next"`);
      }
      return response;
    }),
    http.get(`${base}/actions/runs/:id`, ({ request, params }) =>
      respond(request, {
        id: Number(params.id),
        name: `workflow-${params.id}`,
        path: '.github/workflows/x.yml',
      }),
    ),
  ];
  return {
    handlers,
    requests,
    /** The next request is answered with this throttling response. */
    throttleNext(
      status: number,
      headers: Record<string, string>,
      body: string,
    ) {
      throttles.push({ status, headers, body });
    },
  };
}
