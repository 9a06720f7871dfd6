import {
  SloSummary,
  SloWindowInfo,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDuration } from './formatDuration';

/**
 * A ratio as a percentage with up to `maxDigits` decimals and no trailing
 * zeros: 0.9962 → `99.62 %`, 0.995 → `99.5 %`; `no data` for `null`.
 */
export function formatSloPercent(ratio: number | null, maxDigits = 3): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'no data';
  // Number(toFixed) drops float noise (99.62000000000001) and trailing zeros.
  const percent = Number((ratio * 100).toFixed(maxDigits));
  return `${percent.toString().replace('-', '−')} %`;
}

/** `24 % left`, `overspent by 50 %`, or `no data` — never 100 % for an SLO that measured nothing. */
export function formatBudgetRemaining(ratio: number | null): string {
  if (ratio === null) return 'no data';
  if (ratio < 0) return `overspent by ${formatSloPercent(-ratio, 1)}`;
  return `${formatSloPercent(ratio, 1)} left`;
}

const CALENDAR_UNITS: Record<string, string> = {
  d: 'day',
  w: 'week',
  M: 'month',
  Q: 'quarter',
  y: 'year',
};

/** `28d rolling`, `calendar month (Europe/Berlin)`, `2w calendar`. */
export function formatSloWindow(window: SloWindowInfo): string {
  if (window.type === 'rolling') return `${window.duration} rolling`;
  const match = /^1([dwMQy])$/.exec(window.duration);
  const name = match
    ? `calendar ${CALENDAR_UNITS[match[1]]}`
    : `${window.duration} calendar`;
  return window.timeZone ? `${name} (${window.timeZone})` : name;
}

/** Time to exhaustion as shown, with why there is none when there is none. */
export interface ExhaustionText {
  text: string;
  /** Set when `text` is `—`: why no projection can be made. */
  reason?: string;
}

/**
 * How long the budget lasts at the current (1 h) burn rate, humanized;
 * `exhausted` when spent; `—` with the reason when the backend made no
 * projection (its rules: see `timeToExhaustionSeconds` in -common).
 */
export function formatTimeToExhaustion(
  slo: Pick<
    SloSummary,
    'timeToExhaustionSeconds' | 'budgetRemainingRatio' | 'burnRates' | 'window'
  >,
): ExhaustionText {
  const seconds = slo.timeToExhaustionSeconds;
  if (seconds !== null) {
    return { text: seconds <= 0 ? 'exhausted' : formatDuration(seconds) };
  }
  let reason: string;
  const burn = slo.burnRates['1h'];
  if (slo.budgetRemainingRatio === null) {
    reason = 'No data in the SLO window, so the budget is unknown.';
  } else if (burn === null) {
    reason = 'No events in the last hour to project the burn rate from.';
  } else if (burn <= 0) {
    reason = 'Nothing burned the budget in the last hour.';
  } else if (slo.window.type === 'calendar') {
    reason =
      'At the current burn rate the budget lasts until the calendar period ends and resets.';
  } else {
    reason = 'No projection available.';
  }
  return { text: '—', reason };
}
