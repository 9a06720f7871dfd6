import {
  OpenSloSlo,
  parseOpenSloDocuments,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** An SLI spec's metric part, e.g. `{ ratioMetric: {...} }`. */
export type SliSpec = Record<string, unknown>;

/**
 * Parses one SLO with an inline indicator, as the backend would get it;
 * `dataSources` become DataSource documents so `metricSourceRef` resolves.
 */
export function parseSlo(
  indicator: SliSpec,
  objective: Record<string, unknown> = { target: 0.99 },
  dataSources: string[] = [],
): OpenSloSlo {
  const documents = [
    ...dataSources.map(name => ({
      apiVersion: 'openslo/v1',
      kind: 'DataSource',
      metadata: { name },
      spec: { type: 'Prometheus', connectionDetails: {} },
    })),
    {
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: { name: 'test-slo' },
      spec: {
        service: 'checkout',
        indicator: { metadata: { name: 'test-sli' }, spec: indicator },
        timeWindow: [{ duration: '30d', isRolling: true }],
        budgetingMethod: 'Occurrences',
        objectives: [objective],
      },
    },
  ];
  const { slos, issues } = parseOpenSloDocuments(documents);
  if (issues.length > 0) throw new Error(JSON.stringify(issues));
  return slos[0];
}

/** A Prometheus metric source holder with the given PromQL. */
export function prom(query: string, metricSourceRef?: string) {
  return {
    metricSource: {
      ...(metricSourceRef ? { metricSourceRef } : { type: 'Prometheus' }),
      spec: { query },
    },
  };
}
