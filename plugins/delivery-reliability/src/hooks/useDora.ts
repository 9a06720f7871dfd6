import { useMemo, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { deliveryReliabilityApiRef } from '../api';
import {
  DEFAULT_DORA_RANGE_DAYS,
  doraSeriesBucketFor,
  DoraQueryWindow,
  doraWindowEndingNow,
} from '../utils/doraWindow';

/**
 * The selected range in days and its window, ending at the next UTC
 * midnight; the window is fixed when the range is chosen so every query of
 * a tab (tiles, trends) asks about the same days.
 */
export function useDoraRange(initialDays: number = DEFAULT_DORA_RANGE_DAYS) {
  const [days, setDays] = useState(initialDays);
  const window = useMemo(() => doraWindowEndingNow(days), [days]);
  return { days, setDays, window };
}

/** The five metrics of an entity over a window (with per-component breakdown if asked). */
export function useDoraReport(
  entityRef: string,
  window: DoraQueryWindow,
  options: { breakdown?: boolean } = {},
) {
  const api = useApi(deliveryReliabilityApiRef);
  const { breakdown } = options;
  return useAsyncRetry(
    () =>
      api.getDora(entityRef, {
        from: window.from,
        to: window.to,
        breakdown,
      }),
    [api, entityRef, window, breakdown],
  );
}

/** The metrics per week (≤ 90 days) or month of a window, for trend charts. */
export function useDoraSeries(entityRef: string, window: DoraQueryWindow) {
  const api = useApi(deliveryReliabilityApiRef);
  return useAsyncRetry(
    () =>
      api.getDoraSeries(entityRef, {
        from: window.from,
        to: window.to,
        bucket: doraSeriesBucketFor(window.days),
      }),
    [api, entityRef, window],
  );
}
