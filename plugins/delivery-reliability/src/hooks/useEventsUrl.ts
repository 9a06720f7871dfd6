import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/lib/useAsync';

/** Shown until discovery answers (and if it fails): the path relative to the backend. */
const FALLBACK_EVENTS_URL = '<backend-url>/api/delivery-reliability/v1/events';

/** Absolute URL of the ingestion endpoint, for copy-paste examples. */
export function useEventsUrl(): string {
  const discoveryApi = useApi(discoveryApiRef);
  const { value } = useAsync(
    () => discoveryApi.getBaseUrl('delivery-reliability'),
    [discoveryApi],
  );
  return value ? `${value}/v1/events` : FALLBACK_EVENTS_URL;
}
