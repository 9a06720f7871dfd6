import { InputError } from '@backstage/errors';
import {
  ChangeEvent,
  DeploymentEvent,
  IncidentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { isEntityRef } from '../entityRef';
import { IncidentResolutionEvent, MappedEvent } from '../mappedEvent';
import { versionFromPurl } from './purl';
import { CDEvent, CDEventKind } from './types';

/** Drops undefined values so mapped events equal their native spelling. */
function defined<T extends object>(event: T): T {
  for (const key of Object.keys(event) as (keyof T)[]) {
    if (event[key] === undefined) delete event[key];
  }
  return event;
}

/**
 * `customData.entityRef` when given, else the service id of the subject
 * (`checkout` stands for `component:default/checkout`).
 */
function entityRefOf(
  event: CDEvent,
  serviceId: unknown,
  servicePath: string,
  at: string,
): string {
  const custom = event.customData?.entityRef;
  if (typeof custom === 'string') return custom;
  if (typeof serviceId !== 'string') {
    throw new InputError(
      `${at}.${servicePath} is required unless ${at}.customData.entityRef is set`,
    );
  }
  if (!isEntityRef(serviceId)) {
    throw new InputError(
      `${at}.${servicePath} ${JSON.stringify(
        serviceId,
      )} is neither an entity ref nor an entity name; set ${at}.customData.entityRef`,
    );
  }
  return serviceId;
}

function toDeployment(
  event: CDEvent,
  rollback: boolean,
  at: string,
): DeploymentEvent {
  const custom = event.customData ?? {};
  const content = event.subject.content;
  return defined({
    type: 'deployment',
    id: custom.deploymentId ?? event.context.id,
    entityRef: entityRefOf(event, event.subject.id, 'subject.id', at),
    environment: content.environment.id,
    status: 'succeeded',
    finishedAt: event.context.timestamp,
    startedAt: custom.startedAt,
    changeIds: custom.changeIds,
    rollback,
    rollsBack: rollback ? custom.rollsBack : undefined,
    hotfix: custom.hotfix,
    version: custom.version ?? versionFromPurl(content.artifactId),
  });
}

function toChange(event: CDEvent): ChangeEvent {
  const custom = event.customData!;
  return defined({
    type: 'change',
    id: event.subject.id,
    entityRef: custom.entityRef,
    firstCommitAt: custom.firstCommitAt,
    prOpenedAt: custom.prOpenedAt,
    mergedAt: event.context.timestamp,
  });
}

function toIncident(event: CDEvent, at: string): IncidentEvent {
  const custom = event.customData ?? {};
  const content = event.subject.content;
  return defined({
    type: 'incident',
    id: event.subject.id,
    entityRef: entityRefOf(
      event,
      content.service?.id,
      'subject.content.service.id',
      at,
    ),
    environment: content.environment.id,
    severity: custom.severity,
    title: content.description,
    startedAt: event.context.timestamp,
    deploymentId: custom.deploymentId,
    fixedByDeploymentId: custom.fixedByDeploymentId,
    postmortemUrl: custom.postmortemUrl,
  });
}

function toResolution(event: CDEvent, at: string): IncidentResolutionEvent {
  const { type: _detected, ...incident } = toIncident(event, at);
  return {
    ...incident,
    type: 'incident-resolution',
    // Used only when the incident was never detected here.
    startedAt: event.customData?.startedAt ?? event.context.timestamp,
    resolvedAt: event.context.timestamp,
  };
}

/**
 * Maps a validated CDEvent onto the native v1 event it stands for (see the
 * `ServiceCDEvent`, `ChangeMergedCDEvent` and `IncidentCDEvent` schemas of
 * the OpenAPI document). `at` names the event in error messages.
 * @internal
 */
export function mapCDEvent(
  event: CDEvent,
  kind: CDEventKind,
  at: string,
): MappedEvent {
  switch (kind) {
    case 'service.deployed':
    case 'service.upgraded':
      return toDeployment(event, false, at);
    case 'service.rolledback':
      return toDeployment(event, true, at);
    case 'change.merged':
      return toChange(event);
    case 'incident.detected':
      return toIncident(event, at);
    case 'incident.resolved':
      return toResolution(event, at);
    default:
      throw new InputError(`${at}.context.type ${kind} is not supported`);
  }
}
