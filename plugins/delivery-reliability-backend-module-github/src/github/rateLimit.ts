/**
 * How long to wait before the next request, from GitHub's rate-limit headers.
 * See GitHub's "Rate limits for the REST API": obey `Retry-After` first;
 * with `x-ratelimit-remaining: 0` wait until `x-ratelimit-reset`; otherwise a
 * secondary limit asks for at least one minute, growing exponentially.
 */

/** Headers of a response, as `fetch` exposes them. @internal */
export interface HeaderReader {
  get(name: string): string | null;
}

/** Seconds GitHub asks to wait when a secondary limit gives no hint. */
const SECONDARY_LIMIT_BASE_SECONDS = 60;

/**
 * Milliseconds to wait before retrying a throttled response (403 or 429),
 * or undefined when the response is not a rate-limit answer (e.g. a 403
 * for missing permissions, which retrying cannot fix).
 * @internal
 */
export function throttledRetryDelayMs(options: {
  status: number;
  headers: HeaderReader;
  bodyText: string;
  nowMs: number;
  attempt: number;
}): number | undefined {
  const { status, headers, bodyText, nowMs, attempt } = options;
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.get('retry-after') !== null && Number.isFinite(retryAfter)) {
    return Math.max(0, retryAfter) * 1000;
  }
  if (headers.get('x-ratelimit-remaining') === '0') {
    return untilResetMs(headers, nowMs) ?? SECONDARY_LIMIT_BASE_SECONDS * 1000;
  }
  if (status === 429 || /rate limit/i.test(bodyText)) {
    return SECONDARY_LIMIT_BASE_SECONDS * 1000 * 2 ** attempt;
  }
  return undefined;
}

/**
 * Milliseconds until the primary limit resets when the budget left is at or
 * below `floor`, so a sync pauses before GitHub starts refusing requests.
 * @internal
 */
export function primaryLimitPauseMs(
  headers: HeaderReader,
  nowMs: number,
  floor: number,
): number | undefined {
  const remaining = headers.get('x-ratelimit-remaining');
  if (remaining === null || Number(remaining) > floor) return undefined;
  return untilResetMs(headers, nowMs);
}

function untilResetMs(headers: HeaderReader, nowMs: number) {
  const resetSeconds = Number(headers.get('x-ratelimit-reset'));
  if (!headers.get('x-ratelimit-reset') || !Number.isFinite(resetSeconds)) {
    return undefined;
  }
  // One extra second: the reset time is whole seconds and clocks drift.
  return Math.max(0, resetSeconds * 1000 - nowMs) + 1000;
}
