import {
  DeploymentStatus,
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * A validated deployment ready to store: entity ref normalized, times as
 * epoch milliseconds.
 * @internal
 */
export interface DeploymentRecord {
  kind: 'deployment';
  id: string;
  entityRef: string;
  environment: string;
  status: DeploymentStatus;
  startedAtMs?: number;
  finishedAtMs: number;
  changeIds: string[];
  rollback: boolean;
  rollsBack?: string;
  hotfix: boolean;
  version?: string;
}

/** A validated change ready to store. @internal */
export interface ChangeRecord {
  kind: 'change';
  id: string;
  entityRef: string;
  firstCommitAtMs: number;
  prOpenedAtMs?: number;
  mergedAtMs?: number;
}

/** A validated incident ready to store; replaces any earlier version. @internal */
export interface IncidentRecord {
  kind: 'incident';
  id: string;
  entityRef: string;
  environment: string;
  severity?: string;
  title?: string;
  startedAtMs: number;
  resolvedAtMs?: number;
  deploymentId?: string;
  fixedByDeploymentId?: string;
  postmortemUrl?: string;
}

/**
 * A resolution (CDEvents `incident.resolved`): sets `resolvedAtMs` and fills
 * the optional fields it carries on an existing incident, keeping that
 * incident's start, entity and environment; creates the incident when absent.
 * @internal
 */
export interface IncidentResolutionRecord
  extends Omit<IncidentRecord, 'kind' | 'resolvedAtMs'> {
  kind: 'incident-resolution';
  resolvedAtMs: number;
}

/** Anything one ingestion batch can write, in the order received. @internal */
export type DeliveryRecord =
  | DeploymentRecord
  | ChangeRecord
  | IncidentRecord
  | IncidentResolutionRecord;

/** Paging of a newest-first listing. @internal */
export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * Persistence of delivery events.
 * @internal
 */
export interface DeliveryStore {
  /**
   * Writes a batch in one transaction (all or nothing). A record whose id was
   * stored before replaces it; a deployment's change links are replaced with
   * its `changeIds`. Within the batch, later records with the same id win.
   */
  upsertBatch(records: readonly DeliveryRecord[]): Promise<void>;

  /** Deployments of an entity, newest finish first, with changes and incidents. */
  listDeployments(
    entityRef: string,
    request: PageRequest & { environment?: string },
  ): Promise<Page<DeploymentView>>;

  /** Incidents of an entity, newest start first, with their attribution. */
  listIncidents(
    entityRef: string,
    request: PageRequest,
  ): Promise<Page<IncidentView>>;
}
