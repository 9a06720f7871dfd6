import { Config } from '@backstage/config';

/** What the read side needs of `deliveryReliability.slo`. @internal */
export interface SloReadSettings {
  /** Bucket step assumed for objectives not evaluated yet (no state row). */
  stepMs: number;
  /** Data is stale when the newest bucket ended longer ago than this. */
  staleAfterMs: number;
}

const MINUTE_MS = 60_000;

function positiveMinutes(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key) ?? fallback;
  // Same rule as the write side (setupSlos), so both agree on what starts.
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid config ${key}: must be a whole number of minutes ≥ 1, got ${value}`,
    );
  }
  return value * MINUTE_MS;
}

/**
 * Reads `deliveryReliability.slo.stepMinutes` (default 5) and
 * `.staleAfterMinutes` (default 15), see config.d.ts.
 * @internal
 */
export function readSloReadSettings(config: Config): SloReadSettings {
  return {
    stepMs: positiveMinutes(config, 'deliveryReliability.slo.stepMinutes', 5),
    staleAfterMs: positiveMinutes(
      config,
      'deliveryReliability.slo.staleAfterMinutes',
      15,
    ),
  };
}
