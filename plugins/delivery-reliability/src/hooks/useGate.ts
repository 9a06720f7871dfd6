import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/lib/useAsync';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { ReleaseChangeType } from '@delivery-reliability/plugin-delivery-reliability-common';
import { deliveryReliabilityApiRef } from '../api';

/** The release gate's decision for the entity; a feature release unless told otherwise. */
export function useGate(
  entityRef: string,
  changeType: ReleaseChangeType = 'feature',
) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () => api.getGate(entityRef, { changeType }),
    [api, entityRef, changeType],
  );
}

/** Shown until discovery answers (and if it fails). */
const FALLBACK_PLUGIN_URL = '<backend-url>/api/delivery-reliability';

/** Absolute base URL of the backend plugin, for the CI example. */
export function usePluginBaseUrl(): string {
  const discoveryApi = useApi(discoveryApiRef);
  const { value } = useAsync(
    () => discoveryApi.getBaseUrl('delivery-reliability'),
    [discoveryApi],
  );
  return value ?? FALLBACK_PLUGIN_URL;
}
