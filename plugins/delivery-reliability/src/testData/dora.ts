import {
  DoraEntityBreakdown,
  DoraMetricsReport,
  DoraResponse,
  DoraSeriesResponse,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Hand-built DORA answers for component tests (not imported by production code). */

export const tierTable2023: DoraTierTableRef = {
  id: 'dora-2023',
  year: '2023',
  name: 'Accelerate State of DevOps Report 2023',
  source: 'Accelerate State of DevOps Report 2023 (DORA, Google Cloud)',
};

/** 90 days: 42 deployments, 118 changes, 3 failed (1 still open), 5 unplanned. */
export const currentReport: DoraMetricsReport = {
  deploymentFrequency: {
    deployments: 42,
    days: 90,
    perDay: 42 / 90, // 3.3 a week
    tier: 'high',
  },
  leadTimeForChanges: {
    n: 118,
    p50Seconds: 2 * 86_400 + 3 * 3600, // 2 d 3 h
    p90Seconds: 5 * 86_400 + 4 * 3600, // 5 d 4 h
    tier: 'high',
  },
  changeFailureRate: {
    deployments: 42,
    failed: 3,
    ratio: 3 / 42,
    tier: 'high',
  },
  failedDeploymentRecoveryTime: {
    failed: 3,
    unresolved: 1,
    n: 2,
    p50Seconds: 5400, // 1 h 30 min
    tier: 'high',
  },
  deploymentReworkRate: {
    deployments: 42,
    unplanned: 5,
    ratio: 5 / 42, // 11.9 %
    tier: null,
  },
};

/** The 90 days before: fewer deployments (+40 % now), slower changes (−29 % now). */
export const previousReport: DoraMetricsReport = {
  deploymentFrequency: {
    deployments: 30,
    days: 90,
    perDay: 30 / 90,
    tier: 'high',
  },
  leadTimeForChanges: {
    n: 80,
    p50Seconds: 3 * 86_400,
    p90Seconds: 8 * 86_400,
    tier: 'high',
  },
  changeFailureRate: {
    deployments: 30,
    failed: 2,
    ratio: 2 / 30,
    tier: 'high',
  },
  failedDeploymentRecoveryTime: {
    failed: 2,
    unresolved: 0,
    n: 2,
    p50Seconds: 5400,
    tier: 'high',
  },
  deploymentReworkRate: {
    deployments: 30,
    unplanned: 3,
    ratio: 0.1,
    tier: null,
  },
};

/** A report with no production deployment at all. */
export const emptyReport: DoraMetricsReport = {
  deploymentFrequency: { deployments: 0, days: 90, perDay: 0, tier: 'low' },
  leadTimeForChanges: { n: 0, p50Seconds: null, p90Seconds: null, tier: null },
  changeFailureRate: { deployments: 0, failed: 0, ratio: null, tier: null },
  failedDeploymentRecoveryTime: {
    failed: 0,
    unresolved: 0,
    n: 0,
    p50Seconds: null,
    tier: null,
  },
  deploymentReworkRate: {
    deployments: 0,
    unplanned: 0,
    ratio: null,
    tier: null,
  },
};

/** A DoraResponse for the window the request asked about. */
export function doraResponse(
  entityRef: string,
  options: { from: Date | string; to: Date | string },
  overrides: Partial<DoraResponse> = {},
): DoraResponse {
  const from = new Date(options.from);
  const to = new Date(options.to);
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  const previousFrom = new Date(from.getTime() - days * 86_400_000);
  return {
    entityRef,
    entityRefs: [entityRef],
    environments: ['production'],
    leadTimeStart: 'firstCommit',
    tierTable: tierTable2023,
    window: { from: from.toISOString(), to: to.toISOString(), days },
    metrics: currentReport,
    previousWindow: {
      from: previousFrom.toISOString(),
      to: from.toISOString(),
      days,
    },
    previous: previousReport,
    ...overrides,
  };
}

/** Three weekly points: frequency 2, 3 and 0 a week; the last has no lead time. */
export function doraSeries(entityRef: string): DoraSeriesResponse {
  const week = (from: string, to: string, metrics: DoraMetricsReport) => ({
    window: { from, to, days: 7 },
    metrics,
  });
  const withDeployments = (deployments: number): DoraMetricsReport => ({
    ...currentReport,
    deploymentFrequency: {
      deployments,
      days: 7,
      perDay: deployments / 7,
      tier: 'high',
    },
  });
  return {
    entityRef,
    entityRefs: [entityRef],
    environments: ['production'],
    leadTimeStart: 'firstCommit',
    tierTable: tierTable2023,
    bucket: 'week',
    points: [
      week('2024-04-22T00:00:00Z', '2024-04-29T00:00:00Z', withDeployments(2)),
      week('2024-04-29T00:00:00Z', '2024-05-06T00:00:00Z', withDeployments(3)),
      week('2024-05-06T00:00:00Z', '2024-05-13T00:00:00Z', {
        ...emptyReport,
        deploymentFrequency: {
          deployments: 0,
          days: 7,
          perDay: 0,
          tier: 'low',
        },
      }),
    ],
  };
}

/** Per-component metrics of team-checkout: checkout is elite, payments low. */
export const teamBreakdown: DoraEntityBreakdown[] = [
  {
    entityRef: 'component:default/payments',
    metrics: {
      ...previousReport,
      deploymentFrequency: {
        deployments: 2,
        days: 90,
        perDay: 2 / 90,
        tier: 'low',
      },
      changeFailureRate: {
        deployments: 2,
        failed: 1,
        ratio: 0.5,
        tier: 'low',
      },
    },
  },
  {
    entityRef: 'component:default/checkout',
    metrics: {
      ...currentReport,
      deploymentFrequency: {
        deployments: 180,
        days: 90,
        perDay: 2,
        tier: 'elite',
      },
    },
  },
];
