import {
  IncidentScope,
  MappedIncident,
  severityOfPriority,
  toMappedIncident,
  toRfc3339,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { PagerDutyIncident } from './api/types';

/**
 * Maps a PagerDuty incident onto a native `incident` event:
 * - id `pagerduty:<incident id>`, title from `title`;
 * - `startedAt` from `created_at` (when it was first triggered);
 * - `resolvedAt` only when `status` is `resolved`: `resolved_at`, else
 *   `last_status_change_at` (the resolve was the last status change);
 * - severity from the priority (P1–P5 → critical…info, custom names kept),
 *   else the urgency (`high` / `low`) as is.
 * PagerDuty's REST API has no postmortem link on incidents, so none is set.
 * @public
 */
export function toIncidentEvent(
  incident: PagerDutyIncident,
  scope: IncidentScope,
  environment: string,
): MappedIncident {
  const label = incident.id ? `incident ${incident.id}` : 'an incident';
  if (!incident.id) {
    return { ok: false, reason: 'incident without id' };
  }
  if (incident.service?.id !== scope.key) {
    return {
      ok: false,
      reason: `${label} belongs to service '${incident.service?.id}', not '${scope.key}'`,
    };
  }
  const startedAt = toRfc3339(incident.created_at);
  if (!startedAt) {
    return { ok: false, reason: `${label} has no valid created_at` };
  }
  const resolved = incident.status === 'resolved';
  const resolvedAt = resolved
    ? toRfc3339(incident.resolved_at ?? incident.last_status_change_at)
    : undefined;
  const severity =
    severityOfPriority(incident.priority?.name) ??
    (incident.urgency ? incident.urgency.slice(0, 255) : undefined);
  return toMappedIncident({
    sourceId: 'pagerduty',
    nativeId: incident.id,
    scope,
    environment,
    startedAt,
    resolved,
    resolvedAt,
    severity,
    title: incident.title ?? incident.summary,
  });
}
