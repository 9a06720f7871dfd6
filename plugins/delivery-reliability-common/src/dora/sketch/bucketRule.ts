/**
 * The bucket rule of QuantileSketch, written once: which bucket a value
 * falls in and which value a bucket reports, for a relative accuracy α.
 * Sketches and the static helpers that let other code walk bucket counts
 * (QuantileSketch.bucketValueOf) both use these functions, so their answers
 * are the same floating-point numbers.
 */

/** γ-derived constants of one relative accuracy α. */
export interface BucketRule {
  relativeAccuracy: number;
  logGamma: number;
  representativeFactor: number;
}

function bucketRuleOf(relativeAccuracy: number): BucketRule {
  if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
    throw new RangeError(
      `relativeAccuracy must be within (0, 1), got ${relativeAccuracy}`,
    );
  }
  const gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
  return {
    relativeAccuracy,
    logGamma: Math.log(gamma),
    representativeFactor: 2 / (gamma + 1),
  };
}

// Nearly every caller uses the default α: remember the last rule rather
// than recomputing logarithms per call.
let lastRule: BucketRule | undefined;

/** The rule of `relativeAccuracy`; throws a RangeError outside (0, 1). */
export function ruleFor(relativeAccuracy: number): BucketRule {
  if (lastRule?.relativeAccuracy !== relativeAccuracy)
    lastRule = bucketRuleOf(relativeAccuracy);
  return lastRule;
}

/** Bucket `i` holds the values in (γ^(i−1), γ^i]; `value` must be > 0. */
export function indexIn(rule: BucketRule, value: number): number {
  return Math.ceil(Math.log(value) / rule.logGamma);
}

/** The value bucket `index` reports: 2·γ^i / (γ + 1), within α of its values. */
export function valueIn(rule: BucketRule, index: number): number {
  return Math.exp(index * rule.logGamma) * rule.representativeFactor;
}
