import { Entity } from '@backstage/catalog-model';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Hand-built data for component tests (not imported by production code). */

export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    annotations: { 'delivery-reliability.io/events': 'push' },
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};

export const plainEntity: Entity = {
  ...annotatedEntity,
  metadata: { name: 'checkout' },
};

export const incident: IncidentView = {
  id: 'inc-7',
  entityRef: 'component:default/checkout',
  environment: 'production',
  severity: 'SEV2',
  title: 'Checkout latency above SLO',
  startedAt: '2024-05-01T13:00:00Z',
  resolvedAt: '2024-05-01T14:30:00Z',
  postmortemUrl: 'https://postmortems.example.com/inc-7',
  attributedDeploymentId: 'dep-2',
};

export const ongoingIncident: IncidentView = {
  id: 'inc-8',
  entityRef: 'component:default/checkout',
  environment: 'staging',
  title: 'Staging database unreachable',
  startedAt: '2024-05-02T09:00:00Z',
};

const bad: DeploymentView = {
  id: 'dep-2',
  entityRef: 'component:default/checkout',
  environment: 'production',
  status: 'succeeded',
  finishedAt: '2024-05-01T12:00:00Z',
  version: '1.2.3',
  rollback: false,
  hotfix: false,
  // Rolled back by dep-3 and caused inc-7.
  failed: true,
  rolledBackBy: ['dep-3'],
  changes: [
    {
      id: 'pr-101',
      entityRef: 'component:default/checkout',
      // 2 d 3 h before the deployment finished.
      firstCommitAt: '2024-04-29T09:00:00Z',
      prOpenedAt: '2024-04-29T15:00:00Z',
      mergedAt: '2024-04-30T10:00:00Z',
    },
    {
      id: 'pr-102',
      entityRef: 'component:default/checkout',
      firstCommitAt: '2024-05-01T08:30:00Z',
    },
  ],
  incidents: [incident],
};

const rollback: DeploymentView = {
  id: 'dep-3',
  entityRef: 'component:default/checkout',
  environment: 'production',
  status: 'succeeded',
  finishedAt: '2024-05-01T12:20:00Z',
  version: '1.2.2',
  rollback: true,
  rollsBack: 'dep-2',
  hotfix: false,
  failed: false,
  changes: [],
  incidents: [],
};

const stagingFailure: DeploymentView = {
  id: 'dep-4',
  entityRef: 'component:default/checkout',
  environment: 'staging',
  status: 'failed',
  finishedAt: '2024-05-02T08:00:00Z',
  version: '1.3.0-rc.1',
  rollback: false,
  hotfix: true,
  failed: false,
  changes: [],
  incidents: [],
};

/** Newest first, as the API returns them. */
export const deploymentsPage: Page<DeploymentView> = {
  items: [stagingFailure, rollback, bad],
  totalCount: 3,
  limit: 20,
  offset: 0,
};

export const incidentsPage: Page<IncidentView> = {
  items: [ongoingIncident, incident],
  totalCount: 2,
  limit: 20,
  offset: 0,
};

export function emptyPage<T>(): Page<T> {
  return { items: [], totalCount: 0, limit: 20, offset: 0 };
}
