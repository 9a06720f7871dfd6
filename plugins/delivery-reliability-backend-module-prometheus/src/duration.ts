const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

/**
 * Milliseconds of a Prometheus duration such as `15d` or `1w2d12h`, the
 * format of `storageRetention` in `/api/v1/status/runtimeinfo`. That field
 * may add a size limit (`15d or 512MiB`); only the leading duration counts.
 * Undefined when there is none (a size-only retention).
 * @public
 */
export function parsePrometheusDurationMs(text: string): number | undefined {
  const match = /^\s*((?:\d+(?:ms|[smhdwy]))+)/.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of match[1].matchAll(/(\d+)(ms|[smhdwy])/g)) {
    total += Number(part[1]) * UNIT_MS[part[2]];
  }
  return total > 0 ? total : undefined;
}
