import { availabilitySlo, noDataSlo, overspentSlo } from '../testData/slo';
import {
  formatBudgetRemaining,
  formatSloPercent,
  formatSloWindow,
  formatTimeToExhaustion,
} from './sloFormat';

describe('formatSloPercent', () => {
  it.each([
    [0.9962, '99.62 %'],
    [0.995, '99.5 %'],
    [0.99999, '99.999 %'],
    [1, '100 %'],
    [-0.5, '−50 %'],
    [null, 'no data'],
  ])('formats %s as %s', (ratio, text) => {
    expect(formatSloPercent(ratio)).toBe(text);
  });
});

describe('formatBudgetRemaining', () => {
  it.each([
    [0.24, '24 % left'],
    [0, '0 % left'],
    [0.12345, '12.3 % left'],
    [-0.5, 'overspent by 50 %'],
    [null, 'no data'],
  ])('formats %s as %s', (ratio, text) => {
    expect(formatBudgetRemaining(ratio)).toBe(text);
  });
});

describe('formatSloWindow', () => {
  it('names rolling and calendar windows', () => {
    expect(formatSloWindow(availabilitySlo.window)).toBe('28d rolling');
    expect(formatSloWindow(noDataSlo.window)).toBe(
      'calendar month (Europe/Berlin)',
    );
    expect(
      formatSloWindow({
        ...noDataSlo.window,
        duration: '2w',
        timeZone: undefined,
      }),
    ).toBe('2w calendar');
  });
});

describe('formatTimeToExhaustion', () => {
  it('humanizes a projection: 0.24 × 28 d / 2.4 = 2 d 19 h 12 min', () => {
    expect(formatTimeToExhaustion(availabilitySlo)).toEqual({
      text: '2 d 19 h',
    });
  });

  it('says exhausted when the budget is spent', () => {
    expect(formatTimeToExhaustion(overspentSlo)).toEqual({ text: 'exhausted' });
  });

  it('explains why there is no projection', () => {
    const none = { ...availabilitySlo, timeToExhaustionSeconds: null };
    expect(formatTimeToExhaustion(noDataSlo).reason).toMatch(/No data/);
    expect(
      formatTimeToExhaustion({
        ...none,
        burnRates: { ...none.burnRates, '1h': null },
      }).reason,
    ).toMatch(/No events in the last hour/);
    expect(
      formatTimeToExhaustion({
        ...none,
        burnRates: { ...none.burnRates, '1h': 0 },
      }).reason,
    ).toMatch(/Nothing burned/);
    expect(
      formatTimeToExhaustion({ ...none, window: noDataSlo.window }),
    ).toEqual({
      text: '—',
      reason:
        'At the current burn rate the budget lasts until the calendar period ends and resets.',
    });
  });
});
