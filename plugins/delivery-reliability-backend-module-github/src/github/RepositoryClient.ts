import { GithubApi, GithubPage } from './GithubApi';

/**
 * The GitHub REST calls of one repository, with its credentials. Lists ask
 * for 100 items a page (GitHub's maximum; the default is 30) and follow the
 * `Link` header.
 * @internal
 */
export class RepositoryClient {
  constructor(
    private readonly api: GithubApi,
    private readonly apiBaseUrl: string,
    readonly owner: string,
    readonly repo: string,
    private readonly headers: () => Promise<Record<string, string>>,
  ) {}

  /** URL of a path under `/repos/{owner}/{repo}`. */
  url(path: string, query: Record<string, string | number> = {}): string {
    const params = new URLSearchParams(
      Object.entries(query).map(([k, v]) => [k, String(v)]),
    );
    const qs = params.toString();
    return `${this.apiBaseUrl}/repos/${encodeURIComponent(
      this.owner,
    )}/${encodeURIComponent(this.repo)}${path}${qs ? `?${qs}` : ''}`;
  }

  /** GETs one page by URL; `conditional` enables the ETag cache. */
  async page<T>(url: string, conditional = false): Promise<GithubPage<T>> {
    return this.api.get<T>(url, await this.headers(), { conditional });
  }

  /**
   * Pages of a list, newest pages first as GitHub orders them. The consumer
   * stops early by breaking out of the loop; only the first page is
   * conditional, since it is the one a quiet repository re-reads every run.
   */
  async *pages<T>(
    path: string,
    query: Record<string, string | number> = {},
    options: { conditional?: boolean } = {},
  ): AsyncGenerator<T[]> {
    let url: string | undefined = this.url(path, { ...query, per_page: 100 });
    let first = true;
    while (url) {
      const page: GithubPage<unknown> = await this.page<unknown>(
        url,
        first && Boolean(options.conditional),
      );
      first = false;
      yield (Array.isArray(page.data) ? page.data : []) as T[];
      url = page.next;
    }
  }
}
