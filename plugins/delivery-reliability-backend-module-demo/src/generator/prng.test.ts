import {
  hashString,
  integer,
  logNormal,
  mulberry32,
  poisson,
  seededRandom,
  weightedPick,
} from './prng';

describe('prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    expect(first.every(x => x >= 0 && x < 1)).toBe(true);
  });

  it('gives different streams for different parts', () => {
    expect(hashString('a|b|1')).not.toBe(hashString('a|b|2'));
    expect(seededRandom(1, 'component:default/a', 0)()).not.toBe(
      seededRandom(1, 'component:default/b', 0)(),
    );
  });

  it('draws from the intended distributions', () => {
    const random = mulberry32(7);
    const n = 20_000;
    let poissonSum = 0;
    const logNormals: number[] = [];
    const picks = { a: 0, b: 0 };
    for (let i = 0; i < n; i++) {
      poissonSum += poisson(random, 4);
      logNormals.push(logNormal(random, 10, 0.5, 1, 100));
      picks[weightedPick(random, { a: 1, b: 3 })]++;
      const int = integer(random, 1, 3);
      expect([1, 2, 3]).toContain(int);
    }
    expect(poissonSum / n).toBeCloseTo(4, 1);
    logNormals.sort((x, y) => x - y);
    expect(logNormals[n / 2]).toBeGreaterThan(9.5);
    expect(logNormals[n / 2]).toBeLessThan(10.5);
    expect(Math.min(...logNormals)).toBeGreaterThanOrEqual(1);
    expect(picks.b / n).toBeCloseTo(0.75, 1);
  });
});
