import { DoraMetricsReport } from '@delivery-reliability/plugin-delivery-reliability-common';
import { currentReport, emptyReport, previousReport } from '../testData/dora';
import { doraDelta } from './doraDelta';

function withFrequency(perDay: number): DoraMetricsReport {
  return {
    ...currentReport,
    deploymentFrequency: { deployments: 1, days: 1, perDay, tier: null },
  };
}

describe('doraDelta', () => {
  it('calls more deployments better', () => {
    expect(
      doraDelta('deploymentFrequency', currentReport, previousReport),
    ).toEqual({
      direction: 'up',
      better: true,
      text: '+40 %',
      previousText: '2.3/week',
    });
  });

  it('calls shorter lead time better and a higher failure rate worse', () => {
    expect(
      doraDelta('leadTimeForChanges', currentReport, previousReport),
    ).toMatchObject({ direction: 'down', better: true, text: '−29 %' });
    expect(
      doraDelta('changeFailureRate', currentReport, previousReport),
    ).toMatchObject({ direction: 'up', better: false, text: '+0.48 pp' });
    expect(
      doraDelta('deploymentReworkRate', previousReport, currentReport),
    ).toMatchObject({ direction: 'down', better: true, text: '−1.9 pp' });
  });

  it('is flat for an unchanged value', () => {
    expect(
      doraDelta('failedDeploymentRecoveryTime', currentReport, previousReport),
    ).toEqual({
      direction: 'flat',
      better: null,
      text: '±0',
      previousText: '1 h 30 min',
    });
  });

  it('shows the absolute change from zero', () => {
    expect(
      doraDelta('deploymentFrequency', withFrequency(2), withFrequency(0)),
    ).toMatchObject({ direction: 'up', better: true, text: '+2/day' });
  });

  it('is null when either window measured nothing', () => {
    expect(doraDelta('leadTimeForChanges', currentReport, emptyReport)).toBe(
      null,
    );
    expect(doraDelta('changeFailureRate', emptyReport, currentReport)).toBe(
      null,
    );
  });
});
