import { OPENSLO_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import { toYaml, YamlValue } from './toYaml';

/**
 * A minimal OpenSLO v1 SLO for an entity: 99.5 % of HTTP requests without a
 * 5xx over 28 rolling days, read from Prometheus. Valid for the parser in
 * -common (the test checks), so a copy works as a starting point.
 */
export function openSloExampleDocument(entityName: string): {
  [key: string]: YamlValue;
} {
  const job = `job="${entityName}"`;
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: 'availability', displayName: 'Availability' },
    spec: {
      service: entityName,
      indicator: {
        metadata: { name: 'good-requests' },
        spec: {
          ratioMetric: {
            counter: true,
            good: {
              metricSource: {
                type: 'Prometheus',
                spec: {
                  query: `sum(rate(http_requests_total{${job},code!~"5.."}[5m]))`,
                },
              },
            },
            total: {
              metricSource: {
                type: 'Prometheus',
                spec: { query: `sum(rate(http_requests_total{${job}}[5m]))` },
              },
            },
          },
        },
      },
      timeWindow: [{ duration: '28d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: 'Good requests', target: 0.995 }],
    },
  };
}

/** The OpenSLO file to commit next to `catalog-info.yaml`. */
export function openSloExampleYaml(entityName: string): string {
  return toYaml(openSloExampleDocument(entityName));
}

/** The annotation that points the entity at the file. */
export function openSloAnnotationYaml(fileName = 'openslo.yaml'): string {
  return toYaml({
    metadata: { annotations: { [OPENSLO_ANNOTATION]: fileName } },
  });
}

/** The same SLO inline in app-config, for entities whose repository cannot hold it. */
export function openSloAppConfigYaml(entityRef: string, entityName: string) {
  return toYaml({
    deliveryReliability: {
      slo: {
        entities: [
          { entityRef, documents: [openSloExampleDocument(entityName)] },
        ],
      },
    },
  });
}
