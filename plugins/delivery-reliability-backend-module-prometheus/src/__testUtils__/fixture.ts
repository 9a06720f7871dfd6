import { BackfillSeries, everyInterval } from './prometheus';

const DAY_S = 86_400;

/**
 * Start of the worked-example data: midnight UTC two days ago, so every
 * 5-minute step is aligned and the data lies well inside retention.
 */
export function fixtureBaseSec(nowMs: number = Date.now()): number {
  return (Math.floor(nowMs / 1000 / DAY_S) - 2) * DAY_S;
}

/**
 * Two hours (minutes 0…120, one sample a minute on the minute) of:
 * - `http_requests_total{code="200"}` growing 99/min and `{code="500"}`
 *   1/min: 100 requests, 1 error a minute;
 * - `latency_p99_seconds` 0.2 for minutes 0…59, then 0.5;
 * - `availability_ratio` 0.99 and `error_ratio` 0.01.
 */
export function fixtureSeries(baseSec: number): BackfillSeries[] {
  const minutes = (value: (i: number) => number) =>
    everyInterval(baseSec, baseSec + 120 * 60, 60, value);
  return [
    {
      metric: 'http_requests_total',
      labels: { code: '200' },
      samples: minutes(i => 99 * i),
    },
    {
      metric: 'http_requests_total',
      labels: { code: '500' },
      samples: minutes(i => i),
    },
    {
      metric: 'latency_p99_seconds',
      samples: minutes(i => (i < 60 ? 0.2 : 0.5)),
    },
    { metric: 'availability_ratio', samples: minutes(() => 0.99) },
    { metric: 'error_ratio', samples: minutes(() => 0.01) },
  ];
}
