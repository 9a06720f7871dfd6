import {
  DeliveryEvent,
  IncidentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * A CDEvents `incident.resolved`: resolves the incident with this id, keeping
 * its start when it exists (`startedAt` applies only when it does not).
 * @internal
 */
export interface IncidentResolutionEvent
  extends Omit<IncidentEvent, 'type' | 'resolvedAt'> {
  type: 'incident-resolution';
  resolvedAt: string;
}

/** A native event, or an event a CDEvent maps onto. @internal */
export type MappedEvent = DeliveryEvent | IncidentResolutionEvent;
