import { Knex } from 'knex';
import {
  BulkColumn,
  BulkRow,
  MergeAssignments,
  createBulkWriter,
  replaceAll,
} from '../database/bulk';
import { FoldedBatch } from './foldBatch';
import {
  DeploymentRecord,
  IncidentRecord,
  IncidentResolutionRecord,
} from './types';

const DEPLOYMENT_COLUMNS: BulkColumn[] = [
  { name: 'id', pgType: 'varchar' },
  { name: 'entity_ref', pgType: 'varchar' },
  { name: 'environment', pgType: 'varchar' },
  { name: 'status', pgType: 'varchar' },
  { name: 'started_at', pgType: 'bigint' },
  { name: 'finished_at', pgType: 'bigint' },
  { name: 'version', pgType: 'varchar' },
  { name: 'rollback', pgType: 'boolean' },
  { name: 'rolls_back', pgType: 'varchar' },
  { name: 'hotfix', pgType: 'boolean' },
];

const CHANGE_COLUMNS: BulkColumn[] = [
  { name: 'id', pgType: 'varchar' },
  { name: 'entity_ref', pgType: 'varchar' },
  { name: 'first_commit_at', pgType: 'bigint' },
  { name: 'pr_opened_at', pgType: 'bigint' },
  { name: 'merged_at', pgType: 'bigint' },
];

const INCIDENT_COLUMNS: BulkColumn[] = [
  { name: 'id', pgType: 'varchar' },
  { name: 'entity_ref', pgType: 'varchar' },
  { name: 'environment', pgType: 'varchar' },
  { name: 'severity', pgType: 'varchar' },
  { name: 'title', pgType: 'text' },
  { name: 'started_at', pgType: 'bigint' },
  { name: 'resolved_at', pgType: 'bigint' },
  { name: 'deployment_id', pgType: 'varchar' },
  { name: 'fixed_by_deployment_id', pgType: 'varchar' },
  { name: 'postmortem_url', pgType: 'text' },
];

const LINK_COLUMNS: BulkColumn[] = [
  { name: 'deployment_id', pgType: 'varchar' },
  { name: 'change_id', pgType: 'varchar' },
  { name: 'position', pgType: 'integer' },
];

/**
 * A resolution keeps the stored start, entity and environment, sets the
 * optional fields it carries, and fills in the title only when none is stored
 * (see foldBatch).
 */
const RESOLUTION_MERGE: MergeAssignments = {
  resolved_at: 'excluded.resolved_at',
  severity: 'coalesce(excluded.severity, incidents.severity)',
  title: 'coalesce(incidents.title, excluded.title)',
  deployment_id: 'coalesce(excluded.deployment_id, incidents.deployment_id)',
  fixed_by_deployment_id:
    'coalesce(excluded.fixed_by_deployment_id, incidents.fixed_by_deployment_id)',
  postmortem_url: 'coalesce(excluded.postmortem_url, incidents.postmortem_url)',
};

const deploymentRow = (r: DeploymentRecord): BulkRow => [
  r.id,
  r.entityRef,
  r.environment,
  r.status,
  r.startedAtMs ?? null,
  r.finishedAtMs,
  r.version ?? null,
  r.rollback,
  r.rollsBack ?? null,
  r.hotfix,
];

const incidentRow = (r: IncidentRecord | IncidentResolutionRecord): BulkRow => [
  r.id,
  r.entityRef,
  r.environment,
  r.severity ?? null,
  r.title ?? null,
  r.startedAtMs,
  r.resolvedAtMs ?? null,
  r.deploymentId ?? null,
  r.fixedByDeploymentId ?? null,
  r.postmortemUrl ?? null,
];

/**
 * Writes a folded batch inside the given transaction, set-based. Deployments
 * are upserted before their links are replaced: the upsert locks each
 * deployment row, so a concurrent batch with the same deployment waits and
 * then sees the committed links instead of colliding with them.
 * @internal
 */
export async function writeBatch(
  tx: Knex.Transaction,
  batch: FoldedBatch,
): Promise<void> {
  const bulk = createBulkWriter(tx);

  const replaced = await bulk.upsert(
    'deployments',
    DEPLOYMENT_COLUMNS,
    batch.deployments.map(deploymentRow),
    replaceAll(DEPLOYMENT_COLUMNS),
  );
  // Only a re-sent deployment can have links to replace.
  await bulk.deleteWhereIn('deployment_changes', 'deployment_id', replaced);
  await bulk.insert(
    'deployment_changes',
    LINK_COLUMNS,
    batch.deployments.flatMap(d =>
      [...new Set(d.changeIds)].map((changeId, position) => [
        d.id,
        changeId,
        position,
      ]),
    ),
  );

  await bulk.upsert(
    'changes',
    CHANGE_COLUMNS,
    batch.changes.map(r => [
      r.id,
      r.entityRef,
      r.firstCommitAtMs,
      r.prOpenedAtMs ?? null,
      r.mergedAtMs ?? null,
    ]),
    replaceAll(CHANGE_COLUMNS),
  );

  await bulk.upsert(
    'incidents',
    INCIDENT_COLUMNS,
    batch.incidents.map(incidentRow),
    replaceAll(INCIDENT_COLUMNS),
  );
  await bulk.upsert(
    'incidents',
    INCIDENT_COLUMNS,
    batch.incidentResolutions.map(incidentRow),
    RESOLUTION_MERGE,
  );
}
