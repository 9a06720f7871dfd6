import {
  IncidentProvider,
  IncidentScope,
  TimeWindow,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { PagerDutyClient } from './api/PagerDutyClient';
import { PagerDutyIncident } from './api/types';
import { toIncidentEvent } from './toIncidentEvent';

/**
 * PagerDuty allows a since/until span of at most 6 months; 30-day windows
 * also keep a busy service under the 10,000-result pagination depth.
 */
const WINDOW_MS = 30 * 86_400_000;

/** PagerDuty as an {@link IncidentProvider}, one scope per service. @public */
export class PagerDutyProvider implements IncidentProvider<PagerDutyIncident> {
  readonly sourceId = 'pagerduty';
  readonly maxWindowMs = WINDOW_MS;

  constructor(
    private readonly client: PagerDutyClient,
    private readonly environment: string,
  ) {}

  listCreated(scope: IncidentScope, window: TimeWindow) {
    return this.client.listIncidents(scope.key, window);
  }

  getById(nativeId: string) {
    return this.client.getIncident(nativeId);
  }

  toIncident(item: PagerDutyIncident, scope: IncidentScope) {
    return toIncidentEvent(item, scope, this.environment);
  }
}
