/**
 * Shapes returned by the read API, shared by the backend and the frontend client.
 */

/** A stored change as returned by the read API. @public */
export interface ChangeView {
  id: string;
  entityRef: string;
  firstCommitAt: string;
  prOpenedAt?: string;
  mergedAt?: string;
}

/** A stored incident as returned by the read API. @public */
export interface IncidentView {
  id: string;
  entityRef: string;
  environment: string;
  severity?: string;
  title?: string;
  startedAt: string;
  resolvedAt?: string;
  deploymentId?: string;
  fixedByDeploymentId?: string;
  postmortemUrl?: string;
  /** The deployment this incident is attributed to (explicitly or by time), if any. */
  attributedDeploymentId?: string;
}

/** A stored deployment with its changes and the incidents attributed to it. @public */
export interface DeploymentView {
  id: string;
  entityRef: string;
  environment: string;
  status: 'succeeded' | 'failed';
  startedAt?: string;
  finishedAt: string;
  version?: string;
  rollback: boolean;
  rollsBack?: string;
  hotfix: boolean;
  /**
   * A failed production deployment (see `classifyFailedDeployments`): a
   * later rollback reverts it, or an incident is attributed to it.
   */
  failed: boolean;
  /** Ids of the production rollbacks that revert it, earliest first. */
  rolledBackBy?: string[];
  changes: ChangeView[];
  incidents: IncidentView[];
}

/** One page of a newest-first listing. @public */
export interface Page<T> {
  items: T[];
  totalCount: number;
  limit: number;
  offset: number;
}
