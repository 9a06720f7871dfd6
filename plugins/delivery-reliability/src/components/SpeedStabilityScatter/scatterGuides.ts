import {
  DoraTier,
  DoraTierTable,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { ScatterXMetric, ScatterYMetric } from './scatterData';

const BEST_FIRST: readonly DoraTier[] = ['elite', 'high', 'medium', 'low'];

/** Where the slowest tier that is not slow begins on the speed axis. */
export interface SpeedGuide {
  /** Deployments per day or lead time seconds. */
  bound: number;
  tier: DoraTier;
}

/**
 * Where delivery stops being slow on the x axis: the bound of the tier just
 * above the best tier in `slowTiers` (defaults: medium and low are slow, so
 * the line is where high begins — 1/week and 1 week under DORA 2023);
 * `null` when no tier is slow, every tier is, or the table has no such tier
 * (2022 has no elite).
 */
export function speedGuide(
  metric: ScatterXMetric,
  table: DoraTierTable,
  slowTiers: VerdictThresholds['slowTiers'],
): SpeedGuide | null {
  const bestSlow = BEST_FIRST.findIndex(tier => slowTiers.includes(tier));
  if (bestSlow <= 0) return null;
  const tier = BEST_FIRST[bestSlow - 1] as Exclude<DoraTier, 'low'>;
  const bounds =
    metric === 'deploymentFrequency'
      ? table.deploymentFrequencyPerDay
      : table.leadTimeSeconds;
  const bound = bounds[tier];
  return bound === null ? null : { bound, tier };
}

/**
 * Where stability begins on the y axis, in percent: every SLO met (100 %)
 * for attainment; the verdict's `maxChangeFailureRatio` for change failure
 * rate.
 */
export function stabilityGuide(
  metric: ScatterYMetric,
  thresholds: Pick<VerdictThresholds, 'maxChangeFailureRatio'>,
): number {
  return metric === 'sloAttainment'
    ? 100
    : thresholds.maxChangeFailureRatio * 100;
}
