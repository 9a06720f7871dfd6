// SLO definitions of bench/slo.mjs, as inline config
// (deliveryReliability.slo.entities), and the catalog file naming their
// entities (reads on a caller's behalf need the entity in the catalog).
import { ERRORS, REQUESTS, serviceName } from './slo-prometheus.mjs';

/** Targets of the 10 SLOs each service gets in the 1,000-SLO set. */
export const TARGETS = [
  0.9, 0.95, 0.97, 0.98, 0.985, 0.99, 0.995, 0.999, 0.9995, 0.9999,
];

/** An availability SLO on one service's counters: bad = errors, total = requests. */
function availabilitySlo(name, service, target) {
  const selector = metric => ({
    metricSource: {
      type: 'Prometheus',
      spec: { query: `${metric}{service="${service}"}` },
    },
  });
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name },
    spec: {
      service,
      indicator: {
        metadata: { name: `${name}-errors` },
        spec: {
          ratioMetric: {
            counter: true,
            bad: selector(ERRORS),
            total: selector(REQUESTS),
          },
        },
      },
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: `${target * 100} % available`, target }],
    },
  };
}

const component = name => `component:default/${name}`;

/**
 * 100 SLOs, one per service (99 % target), on 10 entities of 10 SLOs each
 * (`bench-a-00` … `bench-a-09`).
 */
export function hundredSlos() {
  return Array.from({ length: 10 }, (_, e) => ({
    entityRef: component(`bench-a-${String(e).padStart(2, '0')}`),
    documents: Array.from({ length: 10 }, (__, j) => {
      const service = serviceName(e * 10 + j);
      return availabilitySlo(`${service}-availability`, service, 0.99);
    }),
  }));
}

/**
 * 1,000 SLOs on the same 200 series: each of the 100 services' entity
 * (`bench-b-000` …) has 10 SLOs on its counters with the 10 {@link TARGETS}.
 * Each is a separate SLO with its own queries and buckets, as 10 teams'
 * SLOs on a shared service would be.
 */
export function thousandSlos() {
  return Array.from({ length: 100 }, (_, s) => ({
    entityRef: component(`bench-b-${String(s).padStart(3, '0')}`),
    documents: TARGETS.map((target, k) =>
      availabilitySlo(
        `${serviceName(s)}-availability-${k}`,
        serviceName(s),
        target,
      ),
    ),
  }));
}

/** Catalog file (multi-document YAML written as JSON) with every entity of `sets`. */
export function catalogFileText(sets) {
  const docs = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'bench-team' },
      spec: { type: 'team', children: [] },
    },
  ];
  for (const { entityRef } of sets.flat()) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: entityRef.split('/')[1] },
      spec: { type: 'service', lifecycle: 'production', owner: 'bench-team' },
    });
  }
  return docs.map(d => JSON.stringify(d)).join('\n---\n');
}
