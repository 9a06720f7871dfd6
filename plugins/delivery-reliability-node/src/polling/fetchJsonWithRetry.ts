import { LoggerService } from '@backstage/backend-plugin-api';
import { retryDelayMs } from './retryDelay';

/** Options of {@link fetchJsonWithRetry}. @public */
export interface FetchJsonWithRetryOptions {
  logger: LoggerService;
  /** Attempts in total, including the first; default 5. */
  maxAttempts?: number;
  /** Wait when a 429 names no delay, and the longest wait honoured; defaults 30 s and 5 min. */
  defaultDelayMs?: number;
  maxDelayMs?: number;
  /** Replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A non-2xx answer from a provider API. @public */
export class ProviderHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ProviderHttpError';
  }
}

const defaultSleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * GETs JSON from a provider, waiting and retrying when it answers 429 as
 * long as its rate-limit headers ask. Other failures throw a
 * {@link ProviderHttpError} naming the status and the start of the body.
 * @public
 */
export async function fetchJsonWithRetry<T>(
  url: string,
  init: RequestInit,
  options: FetchJsonWithRetryOptions,
): Promise<T> {
  const { logger, maxAttempts = 5 } = options;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, init);
    if (response.ok) {
      return (await response.json()) as T;
    }
    const body = (await response.text()).slice(0, 300);
    if (response.status !== 429 || attempt >= maxAttempts) {
      throw new ProviderHttpError(
        response.status,
        `GET ${redactQuery(url)} answered ${response.status}: ${body}`,
      );
    }
    const delayMs = Math.min(
      maxDelayMs,
      retryDelayMs(response.headers, Date.now()) ??
        options.defaultDelayMs ??
        30_000,
    );
    logger.warn(
      `Rate limited by ${
        new URL(url).host
      } (attempt ${attempt} of ${maxAttempts}); retrying in ${delayMs} ms`,
    );
    await sleep(delayMs);
  }
}

// Queries can carry team names and selectors; logs keep the path only.
function redactQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
