import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Hand-built deployments and incidents inside the window of `./slo`'s availability SLO (2024-04-03 → 2024-05-01). */

const ENTITY_REF = 'component:default/checkout';

function deployment(
  id: string,
  finishedAt: string,
  version: string,
): DeploymentView {
  return {
    id,
    entityRef: ENTITY_REF,
    environment: 'production',
    status: 'succeeded',
    finishedAt,
    version,
    rollback: false,
    hotfix: false,
    failed: false,
    changes: [],
    incidents: [],
  };
}

/** Two in the window, one before it (not drawn). */
export const productionDeployments: Page<DeploymentView> = {
  items: [
    deployment('dep-12', '2024-04-25T10:00:00Z', '2.4.0'),
    deployment('dep-11', '2024-04-10T10:00:00Z', '2.3.0'),
    deployment('dep-10', '2024-03-20T10:00:00Z', '2.2.0'),
  ],
  totalCount: 3,
  limit: 200,
  offset: 0,
};

/**
 * Newest first. inc-3 and inc-1 share a title up to the numbers and started
 * 16 days apart: both recur. inc-2 has another title.
 */
export const reliabilityIncidents: Page<IncidentView> = {
  items: [
    {
      id: 'inc-3',
      entityRef: ENTITY_REF,
      environment: 'production',
      severity: 'SEV2',
      title: 'Checkout 5xx rate at 7%',
      startedAt: '2024-04-26T08:00:00Z',
      resolvedAt: '2024-04-26T09:30:00Z',
      attributedDeploymentId: 'dep-12',
      postmortemUrl: 'https://postmortems.example.com/inc-3',
    },
    {
      id: 'inc-2',
      entityRef: ENTITY_REF,
      environment: 'production',
      severity: 'SEV3',
      title: 'Slow payment confirmations',
      startedAt: '2024-04-15T12:00:00Z',
    },
    {
      id: 'inc-1',
      entityRef: ENTITY_REF,
      environment: 'production',
      severity: 'SEV1',
      title: 'Checkout 5XX rate at 12 %',
      startedAt: '2024-04-10T11:00:00Z',
      resolvedAt: '2024-04-10T11:45:00Z',
      attributedDeploymentId: 'dep-11',
    },
  ],
  totalCount: 3,
  limit: 200,
  offset: 0,
};
