import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';
import { DoraQueryWindow } from '../utils/doraWindow';

/**
 * The ship-or-stabilise verdict of an entity (Component, System or Group)
 * over a window, with its reasons, the DORA report and SLO status counts it
 * was decided from, and the thresholds in force.
 */
export function useVerdict(entityRef: string, window: DoraQueryWindow) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () => api.getVerdict(entityRef, { from: window.from, to: window.to }),
    [api, entityRef, window],
  );
}
