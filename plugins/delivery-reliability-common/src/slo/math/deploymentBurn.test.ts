import { budgetConsumedRatio, deploymentBudgetBurn } from './deploymentBurn';

const HOUR = 3_600;
const DAY = 24 * HOUR;
// A 28-day period is 672 hours: an hour at burn rate 1 consumes 1/672 of it.
const PERIOD_28D = 28 * DAY;

/** `total` events (or slices) of which `bad` failed. */
const counts = (total: number, bad: number) => ({ good: total - bad, total });

describe('budgetConsumedRatio', () => {
  it('is burn rate × window / period', () => {
    // target 99.9 %: 50 bad of 10,000 = 0.5 % bad = 5 × the 0.1 % budget;
    // one hour at burn rate 5 consumes 5/672 = 0.744 % of a 28-day budget.
    const consumed = budgetConsumedRatio(
      counts(10_000, 50),
      0.999,
      HOUR,
      PERIOD_28D,
    );
    expect(consumed).toBeCloseTo(5 / 672, 12);
    expect(consumed! * 100).toBeCloseTo(0.744, 3);
  });

  it('equals bad / allowed-bad when traffic is even over the period', () => {
    // 10,000 events an hour for 672 h = 6,720,000 events; a 99.9 % target
    // allows 6,720 bad. 50 bad in one hour spend 50 / 6,720 of that.
    expect(
      budgetConsumedRatio(counts(10_000, 50), 0.999, HOUR, PERIOD_28D),
    ).toBeCloseTo(50 / 6_720, 12);
  });

  it('counts slices like events (Timeslices budgeting)', () => {
    // 1-minute slices, target 95 % of slices good, 30-day period: the
    // period has 43,200 slices and may have 0.05 × 43,200 = 2,160 bad.
    // An hour with 60 slices of which 6 bad: burn (6/60)/0.05 = 2,
    // consumed 2 × 1 h / 720 h = 6 / 2,160.
    const consumed = budgetConsumedRatio(counts(60, 6), 0.95, HOUR, 30 * DAY);
    expect(consumed).toBeCloseTo(2 / 720, 12);
    expect(consumed).toBeCloseTo(6 / 2_160, 12);
  });

  it('spends exactly the whole budget at burn rate 1 over the whole period', () => {
    // 1 % bad against a 99 % target is burn rate 1.
    expect(
      budgetConsumedRatio(counts(1_000, 10), 0.99, PERIOD_28D, PERIOD_28D),
    ).toBe(1);
  });

  it('is null without data, and rejects empty spans', () => {
    expect(
      budgetConsumedRatio(counts(0, 0), 0.99, HOUR, PERIOD_28D),
    ).toBeNull();
    expect(() => budgetConsumedRatio(counts(10, 1), 0.99, HOUR, 0)).toThrow(
      RangeError,
    );
    expect(() => budgetConsumedRatio(counts(10, 1), 0.99, 0, DAY)).toThrow(
      'windowSeconds and periodSeconds must be > 0',
    );
  });
});

describe('deploymentBudgetBurn', () => {
  it('compares the hour after a deployment with the hour before', () => {
    // target 99 %, 28 days. Before: 1 bad of 1,000 = 0.1 % → burn 0.1 →
    // 0.1/672. After: 20 bad of 1,000 = 2 % → burn 2 → 2/672.
    // Delta 1.9/672 = 0.283 % of the budget: below the default 0.5 %.
    const burn = deploymentBudgetBurn({
      before: counts(1_000, 1),
      after: counts(1_000, 20),
      target: 0.99,
      periodSeconds: PERIOD_28D,
      thresholdRatio: 0.005,
    });
    expect(burn.before).toEqual({
      good: 999,
      total: 1_000,
      budgetConsumedRatio: expect.any(Number),
    });
    expect(burn.before.budgetConsumedRatio).toBeCloseTo(0.1 / 672, 12);
    expect(burn.after.budgetConsumedRatio).toBeCloseTo(2 / 672, 12);
    expect(burn.deltaRatio).toBeCloseTo(1.9 / 672, 12);
    expect(burn.burned).toBe(false);

    // The same hours against a 0.2 % threshold: 0.283 % ≥ 0.2 % burned.
    expect(
      deploymentBudgetBurn({
        before: counts(1_000, 1),
        after: counts(1_000, 20),
        target: 0.99,
        periodSeconds: PERIOD_28D,
        thresholdRatio: 0.002,
      }).burned,
    ).toBe(true);
  });

  it('burns at a delta exactly at the threshold', () => {
    // 0.5 % of a 28-day budget in one hour is burn rate 0.005 × 672 = 3.36:
    // 336 bad of 10,000 against a 99 % target (3.36 % / 1 %). Clean before.
    const burn = deploymentBudgetBurn({
      before: counts(10_000, 0),
      after: counts(10_000, 336),
      target: 0.99,
      periodSeconds: PERIOD_28D,
      thresholdRatio: 0.005,
    });
    expect(burn.before.budgetConsumedRatio).toBe(0);
    expect(burn.deltaRatio).toBe(0.005);
    expect(burn.burned).toBe(true);
  });

  it('has a negative delta when the deployment fixed an ongoing burn', () => {
    // Before: 50 bad of 10,000 at 99.9 % (5/672); after: 5 bad (0.5/672).
    const burn = deploymentBudgetBurn({
      before: counts(10_000, 50),
      after: counts(10_000, 5),
      target: 0.999,
      periodSeconds: PERIOD_28D,
      thresholdRatio: 0.005,
    });
    expect(burn.deltaRatio).toBeCloseTo(-4.5 / 672, 12);
    expect(burn.burned).toBe(false);
  });

  it('has no delta when either hour has no data', () => {
    const noBefore = deploymentBudgetBurn({
      before: counts(0, 0),
      after: counts(10_000, 5_000),
      target: 0.99,
      periodSeconds: PERIOD_28D,
      thresholdRatio: 0.005,
    });
    expect(noBefore.before.budgetConsumedRatio).toBeNull();
    // 50 % bad / 1 % = burn 50 → 50/672 consumed, but nothing to compare.
    expect(noBefore.after.budgetConsumedRatio).toBeCloseTo(50 / 672, 12);
    expect(noBefore.deltaRatio).toBeNull();
    expect(noBefore.burned).toBe(false);

    const noAfter = deploymentBudgetBurn({
      before: counts(10, 1),
      after: counts(0, 0),
      target: 0.99,
      periodSeconds: PERIOD_28D,
      thresholdRatio: 0,
    });
    expect(noAfter.deltaRatio).toBeNull();
    expect(noAfter.burned).toBe(false);
  });
});
