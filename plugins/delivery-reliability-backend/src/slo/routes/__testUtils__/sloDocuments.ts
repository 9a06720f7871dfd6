/** OpenSLO documents of the test entities: 99 % over 28 rolling days. */

/** An Occurrences SLO with a 99 % target over a 28-day rolling window. */
export function availabilitySlo(
  name: string,
  displayName: string,
  extra: { objectives?: object[] } = {},
) {
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name, displayName },
    spec: {
      indicator: {
        metadata: { name: `${name}-ratio` },
        spec: {
          ratioMetric: {
            counter: true,
            good: {
              metricSource: {
                type: 'Prometheus',
                spec: {
                  query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))',
                },
              },
            },
            total: {
              metricSource: {
                type: 'Prometheus',
                spec: { query: 'sum(rate(http_requests_total[5m]))' },
              },
            },
          },
        },
      },
      timeWindow: [{ duration: '28d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: extra.objectives ?? [
        { displayName: 'Availability', target: 0.99 },
      ],
    },
  };
}

/** An SLO document with an invalid target, for the `issues` list. */
export const brokenSlo = {
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name: 'broken' },
  spec: {
    indicatorRef: 'missing-sli',
    timeWindow: [{ duration: '28d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target: 0.99 }],
  },
};
