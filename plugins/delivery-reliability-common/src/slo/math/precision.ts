/**
 * Binary floating point makes `1 − 0.999 = 0.0010000000000000009` and
 * `0.05 × 672 / 6 = 5.6000000000000005`; left alone, that noise decides
 * boundary cases (a burn rate "exactly" at its threshold, a budget "exactly"
 * spent). Every ratio the SLO engine returns is therefore rounded to 12
 * decimal places — far below anything a dashboard shows, far above the noise.
 */

const SCALE = 1e12;

/**
 * `value` rounded to 12 decimal places (see the module comment for why).
 * Non-finite values pass through unchanged.
 * @public
 */
export function roundSloRatio(value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Math.round(value * SCALE) / SCALE;
  // Normalise −0 so `toEqual(0)` and JSON agree.
  return rounded === 0 ? 0 : rounded;
}
