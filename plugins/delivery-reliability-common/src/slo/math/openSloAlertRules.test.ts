import { burnAlertRulesFromOpenSlo } from './openSloAlertRules';
import { OpenSloAlertPolicy } from '../openslo/types';

const policy = (
  severity: string,
  threshold: number,
  lookback: string,
  breaching = true,
): OpenSloAlertPolicy => {
  const match = /^(\d+)([a-zA-Z])$/.exec(lookback)!;
  return {
    alertWhenBreaching: breaching,
    alertWhenResolved: false,
    alertWhenNoData: false,
    conditions: [
      {
        severity,
        kind: 'burnrate',
        threshold,
        lookbackWindow: {
          text: lookback,
          count: Number(match[1]),
          unit: match[2] as 'h',
        },
        alertAfter: { text: '0m', count: 0, unit: 'm' },
      },
    ],
  };
};

describe('burnAlertRulesFromOpenSlo', () => {
  it('turns burnrate conditions into multi-window rules with a 1/12 short window', () => {
    expect(
      burnAlertRulesFromOpenSlo([
        policy('Page', 14.4, '1h'),
        policy('ticket', 1, '3d'),
        policy('page', 2, '1h', false),
      ]),
    ).toEqual([
      // 1 h / 12 = 5 m
      {
        severity: 'page',
        longWindow: '1h',
        longWindowMs: 3_600_000,
        shortWindow: '5m',
        shortWindowMs: 300_000,
        burnRateThreshold: 14.4,
      },
      // 3 d / 12 = 6 h; a policy that does not alert on breach is skipped
      {
        severity: 'ticket',
        longWindow: '3d',
        longWindowMs: 259_200_000,
        shortWindow: '6h',
        shortWindowMs: 21_600_000,
        burnRateThreshold: 1,
      },
    ]);
  });
});
