/** An SLO that references the SLI `checkout-ok` by name (defined in {@link sliYaml}). */
export const sloByRefYaml = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  indicatorRef: checkout-ok
  timeWindow:
    - duration: 1d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.99
`;

/** The SLI referenced by {@link sloByRefYaml}, with a second (latency) SLO. */
export const sliYaml = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: checkout-ok
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: sum(increase(http_requests_total{code!~"5.."}[5m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(increase(http_requests_total[5m]))
---
`;

/** A self-contained SLO document named `name`. */
export function inlineSlo(name: string) {
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name },
    spec: {
      indicator: {
        spec: {
          ratioMetric: {
            counter: true,
            good: {
              metricSource: { type: 'Prometheus', spec: { query: 'good' } },
            },
            total: {
              metricSource: { type: 'Prometheus', spec: { query: 'total' } },
            },
          },
        },
      },
      timeWindow: [{ duration: '28d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.999 }, { target: 0.99 }],
    },
  };
}
