import { DEFAULT_INCIDENT_ENVIRONMENT } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryRecord } from '../store/types';
import { normalizeEntityRef } from './entityRef';
import { MappedEvent } from './mappedEvent';
import { toEpochMs, toOptionalEpochMs } from './time';

/**
 * Turns a validated event into the record the store writes: entity refs
 * normalized, times as epoch milliseconds, defaults applied.
 * @internal
 */
export function toRecord(event: MappedEvent): DeliveryRecord {
  switch (event.type) {
    case 'deployment':
      return {
        kind: 'deployment',
        id: event.id,
        entityRef: normalizeEntityRef(event.entityRef),
        environment: event.environment,
        status: event.status,
        startedAtMs: toOptionalEpochMs(event.startedAt),
        finishedAtMs: toEpochMs(event.finishedAt),
        changeIds: [...new Set(event.changeIds ?? [])],
        // Naming the reverted deployment makes it a rollback.
        rollback: event.rollback ?? event.rollsBack !== undefined,
        rollsBack: event.rollsBack,
        hotfix: event.hotfix ?? false,
        version: event.version,
      };
    case 'change':
      return {
        kind: 'change',
        id: event.id,
        entityRef: normalizeEntityRef(event.entityRef),
        firstCommitAtMs: toEpochMs(event.firstCommitAt),
        prOpenedAtMs: toOptionalEpochMs(event.prOpenedAt),
        mergedAtMs: toOptionalEpochMs(event.mergedAt),
      };
    case 'incident':
    case 'incident-resolution': {
      const common = {
        id: event.id,
        entityRef: normalizeEntityRef(event.entityRef),
        environment: event.environment ?? DEFAULT_INCIDENT_ENVIRONMENT,
        severity: event.severity,
        title: event.title,
        startedAtMs: toEpochMs(event.startedAt),
        deploymentId: event.deploymentId,
        fixedByDeploymentId: event.fixedByDeploymentId,
        postmortemUrl: event.postmortemUrl,
      };
      return event.type === 'incident'
        ? {
            kind: 'incident',
            ...common,
            resolvedAtMs: toOptionalEpochMs(event.resolvedAt),
          }
        : {
            kind: 'incident-resolution',
            ...common,
            resolvedAtMs: toEpochMs(event.resolvedAt),
          };
    }
    default:
      throw new Error(`Unknown event type ${(event as any).type}`);
  }
}
