import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/lib/useAsyncRetry';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { deliveryReliabilityApiRef } from '../api';
import { burndownStep } from '../utils/sloBurndown';

/** The part of the SLO's current window that has happened: its start up to now. */
export function sloHistoryRange(
  slo: Pick<SloSummary, 'window'>,
  nowMs: number,
) {
  const fromMs = Date.parse(slo.window.from);
  // A calendar window ends in the future; the history stops at now.
  const toMs = Math.max(fromMs, Math.min(Date.parse(slo.window.to), nowMs));
  return { fromMs, toMs };
}

/**
 * The budget of one objective over its current window, a point per hour
 * (≤ 7-day windows) or per 6 hours. `nowMs` is fixed by the caller so a
 * re-render does not ask again.
 */
export function useSloHistory(
  entityRef: string,
  slo: Pick<SloSummary, 'id' | 'window'>,
  nowMs: number,
) {
  const api = useApi(deliveryReliabilityApiRef);
  const { fromMs, toMs } = sloHistoryRange(slo, nowMs);
  const step = burndownStep(slo.window.periodSeconds);
  return useAsyncRetry(
    () =>
      api.getSloHistory(entityRef, slo.id, {
        from: new Date(fromMs),
        to: new Date(toMs),
        step,
      }),
    [api, entityRef, slo.id, fromMs, toMs, step],
  );
}
