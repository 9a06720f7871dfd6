/**
 * How long a rate-limited (HTTP 429) response asks us to wait, from the
 * standard `Retry-After` header (seconds or an HTTP date) or, failing that,
 * the `ratelimit-reset` header (seconds until the window resets) that
 * PagerDuty sends. Undefined when neither header is usable.
 * @public
 */
export function retryDelayMs(
  headers: Headers,
  nowMs: number,
): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) {
      return Math.round(Number(retryAfter) * 1000);
    }
    const dateMs = Date.parse(retryAfter);
    if (!Number.isNaN(dateMs)) {
      return Math.max(0, dateMs - nowMs);
    }
  }
  const reset = headers.get('ratelimit-reset')?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    return Math.round(Number(reset) * 1000);
  }
  return undefined;
}
