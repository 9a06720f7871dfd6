import {
  IncidentProvider,
  IncidentScope,
  TimeWindow,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieClient } from './api/OpsgenieClient';
import { OpsgenieIncident } from './api/types';
import { toIncidentEvent } from './toIncidentEvent';

/** 30-day windows keep each listing's offset pagination shallow. */
const WINDOW_MS = 30 * 86_400_000;

/** Opsgenie as an {@link IncidentProvider}, one scope per query fragment. @public */
export class OpsgenieProvider implements IncidentProvider<OpsgenieIncident> {
  readonly sourceId = 'opsgenie';
  readonly maxWindowMs = WINDOW_MS;

  constructor(
    private readonly client: OpsgenieClient,
    private readonly environment: string,
  ) {}

  listCreated(scope: IncidentScope, window: TimeWindow) {
    return this.client.listIncidents(scope.key, window);
  }

  getById(nativeId: string) {
    return this.client.getIncident(nativeId);
  }

  toIncident(item: OpsgenieIncident, scope: IncidentScope) {
    return toIncidentEvent(item, scope, this.environment);
  }
}
