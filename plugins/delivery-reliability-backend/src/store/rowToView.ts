import {
  ChangeView,
  DeploymentView,
  IncidentView,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { toMs, toOptionalMs } from '../database/clientInfo';

/** A row as read from the database (drivers differ in bigint/boolean types). */
export type DbRow = Record<string, any>;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function optionalIso(value: unknown): string | undefined {
  const ms = toOptionalMs(value);
  return ms === undefined ? undefined : iso(ms);
}

function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** Drops keys whose value is undefined, so JSON bodies omit absent fields. */
function compact<T extends object>(view: T): T {
  for (const key of Object.keys(view) as (keyof T)[]) {
    if (view[key] === undefined) delete view[key];
  }
  return view;
}

/** Maps a `deployments` row; changes and incidents are filled in later. */
export function toDeploymentView(row: DbRow): DeploymentView {
  return compact({
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    status: row.status,
    startedAt: optionalIso(row.started_at),
    finishedAt: iso(toMs(row.finished_at)),
    version: optional(row.version),
    // SQLite returns 0/1 for booleans.
    rollback: Boolean(row.rollback),
    rollsBack: optional(row.rolls_back),
    hotfix: Boolean(row.hotfix),
    failed: false,
    changes: [],
    incidents: [],
  });
}

/** Maps a `changes` row. */
export function toChangeView(row: DbRow): ChangeView {
  return compact({
    id: row.id,
    entityRef: row.entity_ref,
    firstCommitAt: iso(toMs(row.first_commit_at)),
    prOpenedAt: optionalIso(row.pr_opened_at),
    mergedAt: optionalIso(row.merged_at),
  });
}

/** Maps an `incidents` row, with the deployment it is attributed to. */
export function toIncidentView(
  row: DbRow,
  attributedDeploymentId: string | undefined,
): IncidentView {
  return compact({
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    severity: optional(row.severity),
    title: optional(row.title),
    startedAt: iso(toMs(row.started_at)),
    resolvedAt: optionalIso(row.resolved_at),
    deploymentId: optional(row.deployment_id),
    fixedByDeploymentId: optional(row.fixed_by_deployment_id),
    postmortemUrl: optional(row.postmortem_url),
    attributedDeploymentId,
  });
}
