import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  SLO_BURN_WINDOW_MS,
  SloHistoryResponse,
  sloHistoryPoints,
  sloPeriodAt,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { objectivesOf } from './objectivesOf';
import { readHistoryRange } from './readHistoryRange';
import { SloReadContext } from './SloReadContext';

/** Query of `GET /v1/slos/:id/history`, entity ref normalized. @internal */
export interface SloHistoryQuery {
  entityRef: string;
  from?: string;
  to?: string;
  step: string;
}

/**
 * The history of one objective: the budget as it stood at each point
 * (-common's `sloHistoryPoints`), maintenance windows left out.
 * @internal
 */
export async function sloHistory(
  context: SloReadContext,
  id: string,
  query: SloHistoryQuery,
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<SloHistoryResponse> {
  const { definitions, buckets, maintenance, settings } = context;
  const { entityRef } = query;
  const defs = await definitions.forEntity(entityRef, { credentials });
  const objectives = objectivesOf(defs.slos);
  const found = objectives.find(o => o.id === id);
  if (!found) {
    const known = objectives.map(o => o.id).join(', ') || 'none';
    throw new NotFoundError(
      `${entityRef} has no SLO objective "${id}"; its objectives are: ${known}`,
    );
  }
  const { slo, objective } = found;
  const state = (await buckets.readStates(entityRef, [id])).get(id);
  const stepMs = state?.stepMs ?? settings.stepMs;
  const range = readHistoryRange(query, slo.timeWindow, nowMs, stepMs);

  // The first point needs its whole period and the hour before it.
  const readFromMs = Math.min(
    sloPeriodAt(slo.timeWindow, range.fromMs).startMs,
    range.fromMs - SLO_BURN_WINDOW_MS['1h'],
  );
  const [stored, maintenanceWindows] = await Promise.all([
    buckets.readBuckets(entityRef, id, {
      fromMs: readFromMs,
      toMs: range.toMs,
    }),
    maintenance.rangesOf(entityRef, readFromMs),
  ]);
  return {
    entityRef,
    id,
    points: sloHistoryPoints(slo, objective, stored, {
      ...range,
      stepMs,
      maintenanceWindows,
    }),
  };
}
