import { timeToExhaustionSeconds } from './exhaustion';

const DAY_MS = 86_400_000;
const periodMs = 30 * DAY_MS; // 2,592,000 s

describe('timeToExhaustionSeconds', () => {
  it('projects the remaining budget at the current burn rate', () => {
    // 60 % left at burn 2: 0.6 × 2,592,000 s / 2 = 777,600 s = 9 days
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: 0.6,
        burnRate: 2,
        periodMs,
      }),
    ).toBe(777_600);
    // burn 1 spends a whole budget in a whole period: 100 % lasts 30 days
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: 1,
        burnRate: 1,
        periodMs,
      }),
    ).toBe(2_592_000);
  });

  it('is 0 once the budget is spent, whatever the burn', () => {
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: 0,
        burnRate: 0,
        periodMs,
      }),
    ).toBe(0);
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: -0.5,
        burnRate: 3,
        periodMs,
      }),
    ).toBe(0);
  });

  it('is null when nothing burns or nothing is known', () => {
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: 0.6,
        burnRate: 0,
        periodMs,
      }),
    ).toBeNull();
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: null,
        burnRate: 2,
        periodMs,
      }),
    ).toBeNull();
    expect(
      timeToExhaustionSeconds({
        budgetRemainingRatio: 0.6,
        burnRate: null,
        periodMs,
      }),
    ).toBeNull();
  });
});
