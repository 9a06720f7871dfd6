import { LoggerService } from '@backstage/backend-plugin-api';
import { nextPageUrl } from './linkHeader';
import { primaryLimitPauseMs, throttledRetryDelayMs } from './rateLimit';

/** A failed GitHub request that retrying in this run will not fix. @internal */
export class GithubRequestError extends Error {
  constructor(readonly status: number, readonly url: string, detail: string) {
    super(`GitHub answered ${status} for ${url}: ${detail}`);
    this.name = 'GithubRequestError';
  }
}

/** Counters of one sync, for progress logs and the benchmark. @internal */
export interface GithubApiStats {
  /** Requests sent, including retries and 304s. */
  requests: number;
  /** 304 answers: free under GitHub's primary rate limit. */
  notModified: number;
  /** Waits for rate limits (primary, secondary, Retry-After). */
  rateLimitWaits: number;
}

/** One page of a GET. @internal */
export interface GithubPage<T> {
  data: T;
  /** URL of the next page from the `Link` header, if any. */
  next?: string;
  /** True when GitHub answered 304 and `data` is the cached body. */
  notModified: boolean;
}

/** Dependencies of {@link GithubApi}. @internal */
export interface GithubApiOptions {
  logger: LoggerService;
  fetch?: typeof fetch;
  /** Replaceable in tests, so backoff never slows them down. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Retries of one throttled request before the sync gives up. Default 5. */
  maxRetries?: number;
  /** Pause when fewer primary-limit requests than this are left. Default 50. */
  rateLimitFloor?: number;
}

interface CachedPage {
  etag: string;
  data: unknown;
  link: string | null;
}

const defaultSleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * GETs against the GitHub REST API, shared by all repositories of a sync:
 * one ETag cache (conditional requests answered 304 do not count against
 * the rate limit) and one rate-limit pause, because the budget is per token.
 * @internal
 */
export class GithubApi {
  readonly stats: GithubApiStats = {
    requests: 0,
    notModified: 0,
    rateLimitWaits: 0,
  };
  readonly #options: GithubApiOptions;
  readonly #etags = new Map<string, CachedPage>();
  #pausedUntilMs = 0;

  constructor(options: GithubApiOptions) {
    this.#options = options;
  }

  /**
   * GETs one page. With `conditional`, the body is remembered with its ETag
   * and re-sent as `If-None-Match`; a 304 returns the remembered body.
   */
  async get<T>(
    url: string,
    headers: Record<string, string>,
    options: { conditional?: boolean } = {},
  ): Promise<GithubPage<T>> {
    const { logger, maxRetries = 5, rateLimitFloor = 50 } = this.#options;
    const fetchFn = this.#options.fetch ?? fetch;
    const sleep = this.#options.sleep ?? defaultSleep;
    const now = this.#options.now ?? Date.now;
    const cached = options.conditional ? this.#etags.get(url) : undefined;
    for (let attempt = 0; ; attempt++) {
      const pauseMs = this.#pausedUntilMs - now();
      if (pauseMs > 0) {
        await sleep(pauseMs);
        // The wait is over even when the clock is a test's fixed one.
        this.#pausedUntilMs = 0;
      }
      this.stats.requests++;
      const response = await fetchFn(url, {
        headers: {
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28',
          ...headers,
          ...(cached ? { 'If-None-Match': cached.etag } : {}),
        },
      });
      const pause = primaryLimitPauseMs(
        response.headers,
        now(),
        rateLimitFloor,
      );
      if (pause !== undefined) {
        this.#pausedUntilMs = Math.max(this.#pausedUntilMs, now() + pause);
      }
      if (response.status === 304 && cached) {
        this.stats.notModified++;
        return {
          data: cached.data as T,
          next: nextPageUrl(cached.link),
          notModified: true,
        };
      }
      if (response.ok) {
        const data = (await response.json()) as T;
        const link = response.headers.get('link');
        const etag = response.headers.get('etag');
        if (options.conditional && etag) {
          this.#etags.set(url, { etag, data, link });
        }
        return { data, next: nextPageUrl(link), notModified: false };
      }
      const bodyText = await response.text();
      const delayMs = throttledRetryDelayMs({
        status: response.status,
        headers: response.headers,
        bodyText,
        nowMs: now(),
        attempt,
      });
      if (delayMs === undefined || attempt >= maxRetries) {
        throw new GithubRequestError(
          response.status,
          url,
          bodyText.slice(0, 200),
        );
      }
      this.stats.rateLimitWaits++;
      logger.warn(
        `GitHub rate limit on ${url} (${response.status}); waiting ${Math.ceil(
          delayMs / 1000,
        )} s before retry ${attempt + 1} of ${maxRetries}`,
      );
      // One pause for both hints: the retry waits at the loop's top.
      this.#pausedUntilMs = Math.max(this.#pausedUntilMs, now() + delayMs);
    }
  }
}
