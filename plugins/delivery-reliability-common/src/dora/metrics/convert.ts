import {
  ChangeEvent,
  DeliveryEvent,
  DeploymentEvent,
  IncidentEvent,
} from '../../events';
import { dedupeLatestById } from './dedupe';
import { DoraChange, DoraDeployment, DoraIncident, DoraInput } from './types';

/** RFC 3339 → epoch ms; a bad time is a caller bug, so it throws naming the field. */
function timeMs(
  event: { type: string; id: string },
  field: string,
  value: string,
): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new TypeError(
      `${event.type} ${event.id}: ${field} "${value}" is not an RFC 3339 time`,
    );
  }
  return ms;
}

function optionalTimeMs(
  event: { type: string; id: string },
  field: string,
  value: string | undefined,
): number | undefined {
  return value === undefined ? undefined : timeMs(event, field, value);
}

/**
 * A deployment event as a {@link DoraDeployment}. Absent flags are false and
 * absent `changeIds` empty; naming `rollsBack` makes it a rollback even with
 * `rollback` unset. Throws a `TypeError` naming the field for unparsable times.
 * @public
 */
export function toDoraDeployment(event: DeploymentEvent): DoraDeployment {
  const rollsBack = event.rollsBack || undefined;
  return {
    id: event.id,
    entityRef: event.entityRef,
    environment: event.environment,
    status: event.status,
    finishedAtMs: timeMs(event, 'finishedAt', event.finishedAt),
    rollback: event.rollback === true || rollsBack !== undefined,
    ...(rollsBack !== undefined && { rollsBack }),
    hotfix: event.hotfix === true,
    changeIds: event.changeIds ?? [],
  };
}

/** A change event as a {@link DoraChange}. @public */
export function toDoraChange(event: ChangeEvent): DoraChange {
  const prOpenedAtMs = optionalTimeMs(event, 'prOpenedAt', event.prOpenedAt);
  const mergedAtMs = optionalTimeMs(event, 'mergedAt', event.mergedAt);
  return {
    id: event.id,
    entityRef: event.entityRef,
    firstCommitAtMs: timeMs(event, 'firstCommitAt', event.firstCommitAt),
    ...(prOpenedAtMs !== undefined && { prOpenedAtMs }),
    ...(mergedAtMs !== undefined && { mergedAtMs }),
  };
}

/**
 * An incident event as a {@link DoraIncident}; an absent environment stays
 * absent and means `production` to attribution.
 * @public
 */
export function toDoraIncident(event: IncidentEvent): DoraIncident {
  const resolvedAtMs = optionalTimeMs(event, 'resolvedAt', event.resolvedAt);
  return {
    id: event.id,
    entityRef: event.entityRef,
    ...(event.environment && { environment: event.environment }),
    startedAtMs: timeMs(event, 'startedAt', event.startedAt),
    ...(resolvedAtMs !== undefined && { resolvedAtMs }),
    ...(event.deploymentId && { deploymentId: event.deploymentId }),
    ...(event.fixedByDeploymentId && {
      fixedByDeploymentId: event.fixedByDeploymentId,
    }),
  };
}

/**
 * Splits native events by type and converts them; per type, a re-sent id
 * replaces the earlier one (last wins, see {@link dedupeLatestById}).
 * @public
 */
export function toDoraInput(events: Iterable<DeliveryEvent>): DoraInput {
  const deployments: DoraDeployment[] = [];
  const changes: DoraChange[] = [];
  const incidents: DoraIncident[] = [];
  for (const event of events) {
    if (event.type === 'deployment') deployments.push(toDoraDeployment(event));
    else if (event.type === 'change') changes.push(toDoraChange(event));
    else incidents.push(toDoraIncident(event));
  }
  return {
    deployments: dedupeLatestById(deployments),
    changes: dedupeLatestById(changes),
    incidents: dedupeLatestById(incidents),
  };
}
