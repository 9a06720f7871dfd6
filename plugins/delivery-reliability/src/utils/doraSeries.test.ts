import { currentReport, doraSeries } from '../testData/dora';
import { doraChartData } from './doraSeries';

describe('doraChartData', () => {
  const series = doraSeries('component:default/checkout');

  it('charts frequency per week when below one a day, labelled by week start', () => {
    const data = doraChartData('deploymentFrequency', series);
    expect(data.unit).toBe('per week');
    expect(data.points.map(p => [p.label, p.value])).toEqual([
      ['Apr 22', 2],
      ['Apr 29', 3],
      ['May 6', 0],
    ]);
    expect(data.points[0].detail).toBe('2/week · 2 deployments');
  });

  it('charts lead time p50 and p90 in days, leaving gaps without changes', () => {
    const data = doraChartData('leadTimeForChanges', series);
    expect(data.unit).toBe('days');
    expect(data.points[0]).toMatchObject({ value: 2.13, p90: 5.17 });
    expect(data.points[2]).toMatchObject({ value: null, p90: null });
  });

  it('charts rates in percent and short durations in minutes or hours', () => {
    expect(doraChartData('changeFailureRate', series).points[0]).toMatchObject({
      value: 7.14,
    });
    const recovery = doraChartData('failedDeploymentRecoveryTime', series);
    expect(recovery.unit).toBe('minutes');
    expect(recovery.points[0].value).toBe(90);
  });

  it('labels monthly buckets by month', () => {
    const monthly = doraChartData('deploymentReworkRate', {
      bucket: 'month',
      points: [
        {
          window: {
            from: '2024-03-01T00:00:00Z',
            to: '2024-04-01T00:00:00Z',
            days: 31,
          },
          metrics: currentReport,
        },
      ],
    });
    expect(monthly.points[0]).toMatchObject({ label: 'Mar 2024', value: 11.9 });
  });
});
