import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';

/**
 * How many of the newest deployments and incidents the Reliability tab reads:
 * enough to cover a 30-day SLO window and a 30-day recurrence look-back for a
 * busy service, in one request each.
 */
export const RELIABILITY_EVENTS_LIMIT = 200;

/** The entity's newest incidents, for incident bands, the table and recurrence hints. */
export function useReliabilityIncidents(entityRef: string) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () => api.getIncidents(entityRef, { limit: RELIABILITY_EVENTS_LIMIT }),
    [api, entityRef],
  );
}

/** The entity's newest production deployments, drawn as markers on the burndown. */
export function useProductionDeployments(entityRef: string) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () =>
      api.getDeployments(entityRef, {
        limit: RELIABILITY_EVENTS_LIMIT,
        environment: 'production',
      }),
    [api, entityRef],
  );
}
