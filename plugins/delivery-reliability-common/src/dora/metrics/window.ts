import { DoraWindow } from './types';

const MS_PER_DAY = 86_400_000;

/**
 * Throws a `RangeError` for a window that cannot be measured (non-finite or
 * `toMs < fromMs`), so no metric divides by a negative span.
 * @public
 */
export function assertValidWindow(window: DoraWindow): void {
  const { fromMs, toMs } = window;
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs) {
    throw new RangeError(
      `window must satisfy fromMs <= toMs with finite numbers, got [${fromMs}, ${toMs})`,
    );
  }
}

/**
 * True when `timeMs` lies in the half-open window `[fromMs, toMs)`: an event
 * exactly at `from` counts, one exactly at `to` belongs to the next window.
 * @public
 */
export function isInWindow(timeMs: number, window: DoraWindow): boolean {
  return timeMs >= window.fromMs && timeMs < window.toMs;
}

/** Window length in (possibly fractional) days. @public */
export function windowDays(window: DoraWindow): number {
  return (window.toMs - window.fromMs) / MS_PER_DAY;
}
