import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';

/** The burn-rate windows shown as chips: the long windows of the Workbook alerts. */
export const BURN_CHIP_WINDOWS = ['1h', '6h', '3d'] as const;

/** One of {@link BURN_CHIP_WINDOWS}. */
export type BurnChipWindow = (typeof BURN_CHIP_WINDOWS)[number];

/**
 * How worrying a burn rate is:
 * - `unknown`: no events in the window;
 * - `ok`: ≤ 1×, the budget lasts the whole period at this pace;
 * - `elevated`: > 1×, the budget runs out before the period ends;
 * - `alerting`: above the threshold of the alert rule whose long window this is.
 */
export type BurnRateLevel = 'unknown' | 'ok' | 'elevated' | 'alerting';

/** The threshold of the alert rule whose long window is `window`, if the SLO has one. */
export function burnRateThresholdFor(
  slo: Pick<SloSummary, 'alerts'>,
  window: string,
): number | undefined {
  const rules = slo.alerts.filter(a => a.longWindow === window);
  // With several rules on one window, the lowest threshold is the first to fire.
  return rules.length
    ? Math.min(...rules.map(a => a.burnRateThreshold))
    : undefined;
}

/** See {@link BurnRateLevel}; alert thresholds are "greater than", as the rules fire. */
export function burnRateLevel(
  rate: number | null,
  threshold: number | undefined,
): BurnRateLevel {
  if (rate === null) return 'unknown';
  if (threshold !== undefined && rate > threshold) return 'alerting';
  return rate > 1 ? 'elevated' : 'ok';
}

/** `2.4×`, `15.2×`, `0.05×`; `no data` without events. */
export function formatBurnRate(rate: number | null): string {
  if (rate === null) return 'no data';
  const digits = rate < 0.1 ? 2 : 1;
  return `${Number(rate.toFixed(digits))}×`;
}
