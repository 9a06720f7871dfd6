import { ClientIncidentProvider } from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieClient } from './api/OpsgenieClient';
import { OpsgenieIncident } from './api/types';
import { toIncidentEvent } from './toIncidentEvent';

/** 30-day windows keep each listing's offset pagination shallow. */
const WINDOW_MS = 30 * 86_400_000;

/** Opsgenie as an {@link IncidentProvider}, one scope per query fragment. @public */
export class OpsgenieProvider extends ClientIncidentProvider<OpsgenieIncident> {
  constructor(client: OpsgenieClient, environment: string) {
    super({
      sourceId: 'opsgenie',
      maxWindowMs: WINDOW_MS,
      client,
      toIncident: (item, scope) => toIncidentEvent(item, scope, environment),
    });
  }
}
