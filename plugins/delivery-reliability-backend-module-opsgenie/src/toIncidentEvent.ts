import {
  IncidentScope,
  MappedIncident,
  severityOfPriority,
  toMappedIncident,
  toRfc3339,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieIncident } from './api/types';

const DONE = ['resolved', 'closed'];

/**
 * Maps an Opsgenie incident onto a native `incident` event:
 * - id `opsgenie:<incident id>`, title from `message`;
 * - `startedAt` from `createdAt`;
 * - `resolvedAt` when `status` is `resolved` or `closed`: `updatedAt`. The
 *   Incident API has no resolve time of its own, so an edit after the
 *   resolve moves it later;
 * - severity from `priority`: P1 critical, P2 high, P3 medium, P4 low, P5 info.
 * The Incident API exposes no postmortem link, so none is set.
 * @public
 */
export function toIncidentEvent(
  incident: OpsgenieIncident,
  scope: IncidentScope,
  environment: string,
): MappedIncident {
  if (!incident.id) {
    return { ok: false, reason: 'incident without id' };
  }
  const startedAt = toRfc3339(incident.createdAt);
  if (!startedAt) {
    return {
      ok: false,
      reason: `incident ${
        incident.tinyId ?? incident.id
      } has no valid createdAt`,
    };
  }
  const resolved = DONE.includes(incident.status ?? '');
  const resolvedAt = resolved ? toRfc3339(incident.updatedAt) : undefined;
  return toMappedIncident({
    sourceId: 'opsgenie',
    nativeId: incident.id,
    scope,
    environment,
    startedAt,
    resolved,
    resolvedAt,
    severity: severityOfPriority(incident.priority),
    title: incident.message,
  });
}
