import {
  burnedDeployment,
  incompleteDeployment,
  quietDeployment,
  unmeasuredDeployment,
} from './testData';
import {
  burnedFirst,
  formatBudgetDelta,
  formatBudgetShare,
  worstSloOf,
} from './burnFormat';

describe('burnFormat', () => {
  it('formats budget shares with two decimals at most', () => {
    expect(formatBudgetShare(0.032)).toBe('3.2 %');
    expect(formatBudgetShare(0.00041)).toBe('0.04 %');
    expect(formatBudgetShare(null)).toBe('no data');
  });

  it('signs differences, and says when there is none', () => {
    // 0.032 − 0.004 is 0.027999… in floating point; shown as 2.8 %.
    expect(formatBudgetDelta(0.032 - 0.004)).toBe('+2.8 %');
    expect(formatBudgetDelta(-0.004)).toBe('−0.4 %');
    expect(formatBudgetDelta(0)).toBe('±0 %');
    expect(formatBudgetDelta(null)).toBe('no data');
  });

  it('puts burned deployments first and keeps newest first within each group', () => {
    const sorted = burnedFirst([
      incompleteDeployment,
      quietDeployment,
      burnedDeployment,
      unmeasuredDeployment,
    ]);
    expect(sorted.map(d => d.deploymentId)).toEqual([
      'dep-12',
      'dep-13',
      'dep-11',
      'dep-9',
    ]);
  });

  it('finds the worst SLO entry, none without a worst SLO', () => {
    expect(worstSloOf(burnedDeployment)?.after.budgetConsumedRatio).toBe(0.032);
    expect(worstSloOf(unmeasuredDeployment)).toBeUndefined();
  });
});
