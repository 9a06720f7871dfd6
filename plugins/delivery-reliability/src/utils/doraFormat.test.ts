import { currentReport, emptyReport } from '../testData/dora';
import {
  countOf,
  formatDoraCounts,
  formatDoraSecondary,
  formatDoraValue,
  formatDoraValueText,
  formatNumber,
  formatPercent,
  formatPerDay,
} from './doraFormat';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [0.0234, '0.023'],
    [0.5, '0.5'],
    [1, '1'],
    [3.26, '3.3'],
    [12.5, '13'],
    [NaN, '—'],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatPerDay', () => {
  it('shows per day from one a day up, per week below', () => {
    expect(formatPerDay(2.5)).toEqual({ value: '2.5', unit: '/day' });
    expect(formatPerDay(1)).toEqual({ value: '1', unit: '/day' });
    expect(formatPerDay(3 / 7)).toEqual({ value: '3', unit: '/week' });
    expect(formatPerDay(1 / 90)).toEqual({ value: '0.078', unit: '/week' });
    expect(formatPerDay(null)).toEqual({ value: '—' });
  });
});

describe('formatPercent', () => {
  it('shows one decimal', () => {
    expect(formatPercent(3 / 42)).toEqual({ value: '7.1', unit: '%' });
    expect(formatPercent(0)).toEqual({ value: '0', unit: '%' });
    expect(formatPercent(1)).toEqual({ value: '100', unit: '%' });
    expect(formatPercent(null)).toEqual({ value: '—' });
  });
});

describe('formatDoraValue', () => {
  it('formats each headline value with its unit', () => {
    expect(formatDoraValue('leadTimeForChanges', currentReport)).toEqual({
      value: '2 d 3 h',
    });
    expect(
      formatDoraValue('failedDeploymentRecoveryTime', currentReport),
    ).toEqual({ value: '1 h 30 min' });
    expect(formatDoraValueText('deploymentFrequency', currentReport)).toBe(
      '3.3/week',
    );
    expect(formatDoraValueText('deploymentReworkRate', currentReport)).toBe(
      '11.9 %',
    );
    expect(formatDoraValueText('changeFailureRate', emptyReport)).toBe('—');
  });
});

describe('formatDoraCounts', () => {
  it('names the counts behind each metric', () => {
    expect(formatDoraCounts('deploymentFrequency', currentReport)).toBe(
      '42 deployments',
    );
    expect(formatDoraCounts('leadTimeForChanges', currentReport)).toBe(
      '118 changes',
    );
    expect(formatDoraCounts('changeFailureRate', currentReport)).toBe(
      '3 of 42 failed',
    );
    expect(
      formatDoraCounts('failedDeploymentRecoveryTime', currentReport),
    ).toBe('2 of 3 failures recovered, 1 open');
    expect(formatDoraCounts('deploymentReworkRate', currentReport)).toBe(
      '5 of 42 unplanned',
    );
    expect(formatDoraCounts('failedDeploymentRecoveryTime', emptyReport)).toBe(
      '0 of 0 failures recovered',
    );
  });

  it('uses the singular for one', () => {
    expect(countOf(1, 'deployment')).toBe('1 deployment');
    expect(countOf(2, 'recovery', 'recoveries')).toBe('2 recoveries');
  });
});

describe('formatDoraSecondary', () => {
  it('gives the p90 of lead time only', () => {
    expect(formatDoraSecondary('leadTimeForChanges', currentReport)).toBe(
      'p90 5 d 4 h',
    );
    expect(formatDoraSecondary('leadTimeForChanges', emptyReport)).toBe(
      undefined,
    );
    expect(formatDoraSecondary('changeFailureRate', currentReport)).toBe(
      undefined,
    );
  });
});
