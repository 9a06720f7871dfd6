import { availabilitySlo } from '../testData/slo';
import {
  burnRateLevel,
  burnRateThresholdFor,
  formatBurnRate,
} from './sloBurnRate';

describe('burnRateThresholdFor', () => {
  it('takes the threshold of the rule on that long window', () => {
    expect(burnRateThresholdFor(availabilitySlo, '1h')).toBe(13.44);
    expect(burnRateThresholdFor(availabilitySlo, '6h')).toBe(5.6);
    expect(burnRateThresholdFor(availabilitySlo, '3d')).toBe(0.9333);
    expect(burnRateThresholdFor(availabilitySlo, '1d')).toBeUndefined();
  });

  it('takes the lowest when two rules share a window', () => {
    const alerts = [
      { ...availabilitySlo.alerts[0], burnRateThreshold: 20 },
      { ...availabilitySlo.alerts[0], burnRateThreshold: 10 },
    ];
    expect(burnRateThresholdFor({ alerts }, '1h')).toBe(10);
  });
});

describe('burnRateLevel', () => {
  it.each([
    [null, 13.44, 'unknown'],
    [0, 13.44, 'ok'],
    [1, 13.44, 'ok'],
    [1.01, 13.44, 'elevated'],
    [13.44, 13.44, 'elevated'],
    [13.45, 13.44, 'alerting'],
    [2, undefined, 'elevated'],
    // A 28-day ticket threshold below 1×: 0.95 is above it.
    [0.95, 0.9333, 'alerting'],
  ] as const)('rate %s with threshold %s is %s', (rate, threshold, level) => {
    expect(burnRateLevel(rate, threshold)).toBe(level);
  });
});

describe('formatBurnRate', () => {
  it.each([
    [2.4, '2.4×'],
    [15.23, '15.2×'],
    [1, '1×'],
    [0.046, '0.05×'],
    [0, '0×'],
    [null, 'no data'],
  ])('formats %s as %s', (rate, text) => {
    expect(formatBurnRate(rate)).toBe(text);
  });
});
