import { IncidentScope } from './incidentScopes';
import { MappedIncident } from './pollIncidents';

/** What {@link toMappedIncident} needs of a provider's incident. @public */
export interface IncidentFields {
  /** Prefix of the stored id, e.g. `pagerduty`. */
  sourceId: string;
  nativeId: string;
  scope: IncidentScope;
  environment: string;
  /** RFC 3339. */
  startedAt: string;
  /** Whether the provider considers it over. */
  resolved: boolean;
  /** RFC 3339; ignored when before `startedAt`. */
  resolvedAt?: string;
  severity?: string;
  /** Cut to the ingestion API's 4096 characters. */
  title?: string;
}

/**
 * A valid provider incident as a native `incident` event with id
 * `<sourceId>:<nativeId>`; optional fields are left out when empty.
 * @public
 */
export function toMappedIncident(fields: IncidentFields): MappedIncident {
  const { startedAt, resolvedAt, severity } = fields;
  const title = fields.title?.slice(0, 4096);
  return {
    ok: true,
    nativeId: fields.nativeId,
    // Re-read until the provider resolves it, so the resolution arrives.
    open: !fields.resolved,
    event: {
      type: 'incident',
      id: `${fields.sourceId}:${fields.nativeId}`,
      entityRef: fields.scope.entityRef,
      environment: fields.environment,
      startedAt,
      // A resolve before the start is inconsistent data; leave it out.
      ...(resolvedAt && resolvedAt >= startedAt ? { resolvedAt } : {}),
      ...(severity ? { severity } : {}),
      ...(title ? { title } : {}),
    },
  };
}
