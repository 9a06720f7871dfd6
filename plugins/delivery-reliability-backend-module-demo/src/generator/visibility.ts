/**
 * What of an event is known at a given moment. The generator decides each
 * slot's whole story up front; this cuts it at "now", so an incident that has
 * not been resolved yet is sent open and re-sent resolved later.
 */
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';

const before = (timestamp: string | undefined, toMs: number) =>
  timestamp !== undefined && Date.parse(timestamp) < toMs;

/**
 * The event as known just before `toMs`, or undefined when it has not
 * happened yet. Fields that lie in the future are dropped.
 * @public
 */
export function visibleAt(
  event: DeliveryEvent,
  toMs: number,
): DeliveryEvent | undefined {
  switch (event.type) {
    case 'deployment':
      return before(event.finishedAt, toMs) ? event : undefined;
    case 'change': {
      if (!before(event.firstCommitAt, toMs)) {
        return undefined;
      }
      const { prOpenedAt, mergedAt, ...rest } = event;
      return {
        ...rest,
        ...(before(prOpenedAt, toMs) ? { prOpenedAt } : {}),
        ...(before(mergedAt, toMs) ? { mergedAt } : {}),
      };
    }
    default: {
      if (!before(event.startedAt, toMs)) {
        return undefined;
      }
      if (before(event.resolvedAt, toMs)) {
        return event;
      }
      // Still open: the fix and the postmortem come with the resolution.
      const { resolvedAt, fixedByDeploymentId, postmortemUrl, ...open } = event;
      return open;
    }
  }
}

function timesOf(event: DeliveryEvent): Array<string | undefined> {
  switch (event.type) {
    case 'deployment':
      return [event.finishedAt];
    case 'change':
      return [event.firstCommitAt, event.prOpenedAt, event.mergedAt];
    default:
      return [event.startedAt, event.resolvedAt];
  }
}

/** The latest time an event mentions: events that others refer to sort first. @public */
export function latestTimeMs(event: DeliveryEvent): number {
  return Math.max(
    ...timesOf(event)
      .filter((t): t is string => !!t)
      .map(t => Date.parse(t)),
  );
}

const TYPE_ORDER = { change: 0, deployment: 1, incident: 2 };

/**
 * Orders events so that anything an event refers to (changes, the deployment
 * rolled back or fixed) comes before it, also across batch boundaries.
 * @public
 */
export function compareEvents(a: DeliveryEvent, b: DeliveryEvent): number {
  return (
    latestTimeMs(a) - latestTimeMs(b) ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    Number(a.id > b.id) - Number(a.id < b.id)
  );
}
