import {
  budgetRemainingRatio,
  burnRate,
  errorBudgetRatio,
  sliRatio,
} from './budget';

describe('SLO budget formulas', () => {
  // target 99.9 % → error budget 1 − 0.999 = 0.001 (0.1 % of events may be bad)
  const target = 0.999;

  it('error budget is 1 − target, without float noise', () => {
    // 1 − 0.999 is 0.0010000000000000009 in binary floating point
    expect(errorBudgetRatio(target)).toBe(0.001);
    expect(errorBudgetRatio(0.995)).toBe(0.005);
  });

  it('budget remaining is positive while under budget', () => {
    // 1,000,000 events, 400 bad: SLI = 999,600 / 1,000,000 = 0.9996
    // bad share 0.0004; burn = 0.0004 / 0.001 = 0.4; remaining = 1 − 0.4 = 0.6
    const counts = { good: 999_600, total: 1_000_000 };
    expect(sliRatio(counts)).toBe(0.9996);
    expect(burnRate(counts, target)).toBe(0.4);
    expect(budgetRemainingRatio(counts, target)).toBe(0.6);
  });

  it('budget remaining is exactly 0 when the budget is exactly spent', () => {
    // 1,000 bad of 1,000,000 = 0.001 = the whole budget → burn 1, remaining 0
    const counts = { good: 999_000, total: 1_000_000 };
    expect(burnRate(counts, target)).toBe(1);
    expect(budgetRemainingRatio(counts, target)).toBe(0);
  });

  it('budget remaining goes negative when overspent', () => {
    // 1,500 bad of 1,000,000 = 0.0015; burn = 1.5; remaining = 1 − 1.5 = −0.5
    const counts = { good: 998_500, total: 1_000_000 };
    expect(budgetRemainingRatio(counts, target)).toBe(-0.5);
    // every event bad: burn = 1 / 0.001 = 1000; remaining = −999
    expect(budgetRemainingRatio({ good: 0, total: 10 }, target)).toBe(-999);
  });

  it('no data is null, never 100 %', () => {
    const none = { good: 0, total: 0 };
    expect(sliRatio(none)).toBeNull();
    expect(burnRate(none, target)).toBeNull();
    expect(budgetRemainingRatio(none, target)).toBeNull();
  });

  it('rejects a target outside (0, 1)', () => {
    expect(() => errorBudgetRatio(1)).toThrow(RangeError);
    expect(() => burnRate({ good: 1, total: 1 }, 99.9)).toThrow(
      'target must be in (0, 1), got 99.9',
    );
  });
});
