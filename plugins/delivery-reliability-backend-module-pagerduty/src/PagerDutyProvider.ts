import { ClientIncidentProvider } from '@delivery-reliability/plugin-delivery-reliability-node';
import { PagerDutyClient } from './api/PagerDutyClient';
import { PagerDutyIncident } from './api/types';
import { toIncidentEvent } from './toIncidentEvent';

/**
 * PagerDuty allows a since/until span of at most 6 months; 30-day windows
 * also keep a busy service under the 10,000-result pagination depth.
 */
const WINDOW_MS = 30 * 86_400_000;

/** PagerDuty as an {@link IncidentProvider}, one scope per service. @public */
export class PagerDutyProvider extends ClientIncidentProvider<PagerDutyIncident> {
  constructor(client: PagerDutyClient, environment: string) {
    super({
      sourceId: 'pagerduty',
      maxWindowMs: WINDOW_MS,
      client,
      toIncident: (item, scope) => toIncidentEvent(item, scope, environment),
    });
  }
}
