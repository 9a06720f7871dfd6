import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';
import { DoraQueryWindow } from '../utils/doraWindow';

/**
 * Every team and service side by side over a window (`GET /v1/comparison`);
 * fails with a 403 `ResponseError` without the
 * `delivery-reliability.comparison.read` permission.
 */
export function useComparison(window: DoraQueryWindow) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () => api.getComparison({ from: window.from, to: window.to }),
    [api, window],
  );
}
