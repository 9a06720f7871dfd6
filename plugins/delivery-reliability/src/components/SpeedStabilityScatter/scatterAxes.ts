import { ScatterXMetric, ScatterYMetric } from './scatterData';

const HOUR = 3600;
const DAY = 24 * HOUR;

// Ticks at the words the tier tables use, so the axis reads like them.
const X_TICKS: Record<ScatterXMetric, ReadonlyArray<[number, string]>> = {
  deploymentFrequency: [
    [1 / 180, '1/6 months'],
    [1 / 30, '1/month'],
    [1 / 7, '1/week'],
    [1, '1/day'],
    [10, '10/day'],
    [100, '100/day'],
  ],
  leadTimeForChanges: [
    [HOUR, '1 h'],
    [DAY, '1 d'],
    [7 * DAY, '1 week'],
    [30 * DAY, '30 d'],
    [180 * DAY, '180 d'],
  ],
};

/** A log-scaled speed axis. */
export interface XAxisSpec {
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
  /** Lead time runs right to left, so faster is always to the right. */
  reversed: boolean;
  label: string;
}

/**
 * The x axis over some values and the guide line: from the tick just below
 * the smallest to the tick just above the largest (or half and double them
 * beyond the ticks), so the axis always shows its ends.
 */
export function xAxisSpec(
  metric: ScatterXMetric,
  values: readonly number[],
  guide: number | null,
): XAxisSpec {
  const ticks = X_TICKS[metric];
  const all = guide === null ? [...values] : [...values, guide];
  const min = all.length ? Math.min(...all) : ticks[0][0];
  const max = all.length ? Math.max(...all) : ticks[ticks.length - 1][0];
  const below = [...ticks].reverse().find(([t]) => t <= min)?.[0] ?? min / 2;
  const above = ticks.find(([t]) => t >= max)?.[0] ?? max * 2;
  const domain: [number, number] = [below, above === below ? above * 2 : above];
  const labels = new Map(ticks);
  return {
    domain,
    ticks: ticks.map(([t]) => t).filter(t => t >= domain[0] && t <= domain[1]),
    format: value => labels.get(value) ?? '',
    reversed: metric === 'leadTimeForChanges',
    label:
      metric === 'deploymentFrequency'
        ? 'Deployment frequency (log) — more often →'
        : 'Lead time p50 (log) — faster →',
  };
}

/** A linear percent axis. */
export interface YAxisSpec {
  domain: [number, number];
  /** Change failure rate runs top-down, so more stable is always up. */
  reversed: boolean;
  label: string;
}

/**
 * Attainment from 0 to 100 %; change failure rate from 0 to a round ten
 * above the largest value and twice the guide (at most 100 %).
 */
export function yAxisSpec(
  metric: ScatterYMetric,
  values: readonly number[],
  guide: number,
): YAxisSpec {
  if (metric === 'sloAttainment') {
    return {
      domain: [0, 100],
      reversed: false,
      label: 'SLOs met (%) — more stable ↑',
    };
  }
  const top = Math.max(guide * 2, ...values);
  return {
    domain: [0, Math.min(100, Math.ceil(top / 10) * 10)],
    reversed: true,
    label: 'Change failure rate (%) — more stable ↑',
  };
}
