import { DoraMetrics } from '../metrics/results';

/** A DORA performance tier. @public */
export type DoraTier = 'elite' | 'high' | 'medium' | 'low';

/** Report years with a tier table. @public */
export type DoraTierTableYear = '2021' | '2022' | '2023' | '2024';

/** The five DORA metrics, named as in {@link DoraMetrics}. @public */
export type DoraMetricName = keyof DoraMetrics;

/**
 * Where each tier better than `low` begins for one metric; anything beyond
 * `medium` is `low`. `elite` is `null` when the report found no elite cluster.
 * Tiers are tried best first, so a bound that a better tier already covers
 * is unreachable (see the 2021 and 2024 tables).
 * @public
 */
export interface DoraTierBounds {
  elite: number | null;
  high: number;
  medium: number;
}

/**
 * Tier thresholds taken from one State of DevOps report. Responses name the
 * table by `id` so a tier is never shown without its source.
 * @public
 */
export interface DoraTierTable {
  /** Stable id, e.g. `dora-2023`. */
  id: string;
  year: DoraTierTableYear;
  /** Human-readable report name. */
  name: string;
  /** Where the clusters were published. */
  source: string;
  /** Deployments per day; a tier is met when `perDay ≥ bound`. */
  deploymentFrequencyPerDay: DoraTierBounds;
  /** Median (p50) lead time in seconds; met when `p50 < bound`. */
  leadTimeSeconds: DoraTierBounds;
  /** Change failure ratio (0–1); met when `ratio ≤ bound`. */
  changeFailureRatio: DoraTierBounds;
  /** Median (p50) failed deployment recovery time in seconds; met when `p50 < bound`. */
  recoveryTimeSeconds: DoraTierBounds;
}
