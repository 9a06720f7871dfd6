/**
 * Event records of the ingestion contract v1 (see README "Ingestion contract").
 * Times are RFC 3339 strings with an offset; `id` is unique per type and
 * re-sending an id replaces the earlier version.
 */

/** Outcome of a deployment as reported by the pipeline. @public */
export type DeploymentStatus = 'succeeded' | 'failed';

/** A deployment of one entity to one environment. @public */
export interface DeploymentEvent {
  type: 'deployment';
  id: string;
  entityRef: string;
  environment: string;
  status: DeploymentStatus;
  finishedAt: string;
  startedAt?: string;
  /** Changes shipped by this deployment (ids of `change` events). */
  changeIds?: string[];
  /** True when this deployment rolls back an earlier one. */
  rollback?: boolean;
  /** Id of the deployment this rollback reverts; defaults to the latest earlier one. */
  rollsBack?: string;
  /** An unplanned deployment made to fix production. */
  hotfix?: boolean;
  version?: string;
}

/** A change (merged pull request or commit) that a deployment can ship. @public */
export interface ChangeEvent {
  type: 'change';
  id: string;
  entityRef: string;
  firstCommitAt: string;
  prOpenedAt?: string;
  mergedAt?: string;
}

/** A production incident. @public */
export interface IncidentEvent {
  type: 'incident';
  id: string;
  entityRef: string;
  environment?: string;
  severity?: string;
  title?: string;
  startedAt: string;
  resolvedAt?: string;
  /** The deployment that caused it, when known; otherwise attribution is by time. */
  deploymentId?: string;
  /** The deployment that fixed it (counts as unplanned rework). */
  fixedByDeploymentId?: string;
  postmortemUrl?: string;
}

/** Any native event of the ingestion contract v1. @public */
export type DeliveryEvent = DeploymentEvent | ChangeEvent | IncidentEvent;

/** What one accepted ingestion batch stored, by type. @public */
export interface IngestSummary {
  received: number;
  deployments: number;
  changes: number;
  incidents: number;
}
