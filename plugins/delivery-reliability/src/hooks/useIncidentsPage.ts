import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';
import { PAGE_SIZE } from './useDeploymentsPage';

/** One page of an entity's incidents, newest first (previous page kept while loading). */
export function useIncidentsPage(entityRef: string, page: number) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () =>
      api.getIncidents(entityRef, {
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [api, entityRef, page],
  );
}
