import { compareIds } from './compareIds';
import {
  ChangeRecord,
  DeliveryRecord,
  DeploymentRecord,
  IncidentRecord,
  IncidentResolutionRecord,
} from './types';

/** A batch with one record per id and type, each list sorted by id. @internal */
export interface FoldedBatch {
  deployments: DeploymentRecord[];
  changes: ChangeRecord[];
  incidents: IncidentRecord[];
  incidentResolutions: IncidentResolutionRecord[];
}

// Fields a resolution sets on the incident it resolves when it carries them.
// Its title (CDEvents: the resolution's description) only fills a gap.
const RESOLUTION_FIELDS = [
  'severity',
  'deploymentId',
  'fixedByDeploymentId',
  'postmortemUrl',
] as const;

function applyResolution<T extends IncidentRecord | IncidentResolutionRecord>(
  target: T,
  resolution: IncidentResolutionRecord,
): T {
  const next: T = {
    ...target,
    resolvedAtMs: resolution.resolvedAtMs,
    title: target.title ?? resolution.title,
  };
  for (const field of RESOLUTION_FIELDS) {
    if (resolution[field] !== undefined) next[field] = resolution[field];
  }
  return next;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}

/**
 * Folds a batch so that each id is written once: a later record with the same
 * id replaces an earlier one, and a resolution is applied onto the incident
 * received before it. One statement must not touch a row twice (PostgreSQL
 * rejects that in `insert … on conflict`), and writing in id order keeps the
 * lock order of concurrent batches the same, which avoids deadlocks.
 * @internal
 */
export function foldBatch(records: readonly DeliveryRecord[]): FoldedBatch {
  const deployments = new Map<string, DeploymentRecord>();
  const changes = new Map<string, ChangeRecord>();
  const incidents = new Map<
    string,
    IncidentRecord | IncidentResolutionRecord
  >();

  for (const record of records) {
    switch (record.kind) {
      case 'deployment':
        deployments.set(record.id, record);
        break;
      case 'change':
        changes.set(record.id, record);
        break;
      case 'incident':
        incidents.set(record.id, record);
        break;
      case 'incident-resolution': {
        const earlier = incidents.get(record.id);
        incidents.set(
          record.id,
          earlier ? applyResolution(earlier, record) : record,
        );
        break;
      }
      default:
        throw new Error(`Unknown record kind ${(record as any).kind}`);
    }
  }

  const folded = [...incidents.values()].sort(byId);
  return {
    deployments: [...deployments.values()].sort(byId),
    changes: [...changes.values()].sort(byId),
    incidents: folded.filter((r): r is IncidentRecord => r.kind === 'incident'),
    incidentResolutions: folded.filter(
      (r): r is IncidentResolutionRecord => r.kind === 'incident-resolution',
    ),
  };
}
