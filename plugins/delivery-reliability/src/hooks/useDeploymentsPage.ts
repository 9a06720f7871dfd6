import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';

/** Rows per page of the deployments and incidents tables. */
export const PAGE_SIZE = 20;

/**
 * One page of an entity's deployments. While a further page loads, `value`
 * still holds the previous page, so the table can keep its rows visible.
 */
export function useDeploymentsPage(
  entityRef: string,
  page: number,
  environment: string | undefined,
) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () =>
      api.getDeployments(entityRef, {
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
        environment,
      }),
    [api, entityRef, page, environment],
  );
}
