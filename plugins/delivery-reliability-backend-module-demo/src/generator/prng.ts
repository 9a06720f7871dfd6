/**
 * A small seeded pseudo-random number generator. The demo data must be the
 * same on every run and every instance, so nothing here uses `Math.random`.
 */

/** A source of uniform numbers in [0, 1). @public */
export type Random = () => number;

/**
 * 32-bit FNV-1a hash of a string; turns seed + service + time slot into a
 * PRNG seed so each slot has its own independent, reproducible stream.
 * @public
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough for synthetic data.
 * @public
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded from the given parts, e.g. `(seed, entityRef, day)`. @public */
export function seededRandom(...parts: Array<string | number>): Random {
  return mulberry32(hashString(parts.join('|')));
}

/** Uniform number in [min, max). @public */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** Uniform integer in [min, max] (both inclusive). @public */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with the given probability. @public */
export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/**
 * Log-normal sample with the given median, clamped to [min, max]. Durations
 * such as lead and recovery times are skewed: mostly short, a long tail.
 * @public
 */
export function logNormal(
  random: Random,
  median: number,
  sigma: number,
  min: number,
  max: number,
): number {
  // Box–Muller; 1 - random() keeps the logarithm's argument in (0, 1].
  const normal =
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(max, Math.max(min, median * Math.exp(sigma * normal)));
}

/** Poisson-distributed count with the given mean (Knuth's method; small means). @public */
export function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

/** Picks a key of `weights` with probability proportional to its weight. @public */
export function weightedPick<K extends string>(
  random: Random,
  weights: Record<K, number>,
): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = random() * total;
  for (const [key, weight] of entries) {
    remaining -= weight;
    if (remaining < 0) {
      return key;
    }
  }
  return entries[entries.length - 1][0];
}
