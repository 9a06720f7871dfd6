import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';

/** The entity's SLOs evaluated now, with any OpenSLO definition issues. */
export function useSlos(entityRef: string) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(() => api.getSlos(entityRef), [api, entityRef]);
}
