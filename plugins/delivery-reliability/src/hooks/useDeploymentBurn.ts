import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';

/**
 * For each production deployment of a Component finished in `[fromMs,
 * toMs)`, the error budget its SLOs consumed in the hour after it against
 * the hour before. Epoch milliseconds, so callers holding a window of
 * `Date`s and charts holding numbers ask the same way; `skip` leaves the
 * request out (deployment burn is Component-only).
 */
export function useDeploymentBurn(
  entityRef: string,
  fromMs: number,
  toMs: number,
  options: { skip?: boolean } = {},
) {
  const api = useApi(deliveryReliabilityApiRef);
  const { skip = false } = options;
  return useAsyncRetry(
    async () =>
      skip
        ? undefined
        : api.getDeploymentBurn(entityRef, {
            from: new Date(fromMs),
            to: new Date(toMs),
          }),
    [api, entityRef, fromMs, toMs, skip],
  );
}
