import {
  OpenSloSlo,
  SLO_BURN_WINDOW_MS,
  SloTimeRange,
  sloPeriodAt,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** The longest burn-rate window shown for every SLO (3 days). @internal */
export const LONGEST_BURN_WINDOW_MS = Math.max(
  ...Object.values(SLO_BURN_WINDOW_MS),
);

/**
 * The steps an objective should have stored at `nowMs`: from the earlier of
 * the current period's start and the longest burn window, but no earlier
 * than the source still holds data, up to the last step that has ended.
 * Both ends are multiples of `stepMs`; the start rounds down so the first
 * step of the period is included.
 * @internal
 */
export function desiredSloRange(
  slo: OpenSloSlo,
  nowMs: number,
  stepMs: number,
  earliestAvailableMs?: number,
): SloTimeRange {
  const toMs = Math.floor(nowMs / stepMs) * stepMs;
  const periodStartMs = sloPeriodAt(slo.timeWindow, nowMs).startMs;
  let fromMs = Math.min(periodStartMs, nowMs - LONGEST_BURN_WINDOW_MS);
  if (earliestAvailableMs !== undefined) {
    // Round up: a step only partly held by the source would read short.
    fromMs = Math.max(fromMs, Math.ceil(earliestAvailableMs / stepMs) * stepMs);
  }
  fromMs = Math.floor(fromMs / stepMs) * stepMs;
  return { fromMs: Math.min(fromMs, toMs), toMs };
}

/** Splits ranges into reads of at most `maxSteps` steps each. @internal */
export function splitSloRanges(
  ranges: readonly SloTimeRange[],
  stepMs: number,
  maxSteps: number,
): SloTimeRange[] {
  const out: SloTimeRange[] = [];
  for (const range of ranges) {
    for (
      let from = range.fromMs;
      from < range.toMs;
      from += maxSteps * stepMs
    ) {
      out.push({
        fromMs: from,
        toMs: Math.min(range.toMs, from + maxSteps * stepMs),
      });
    }
  }
  return out;
}
