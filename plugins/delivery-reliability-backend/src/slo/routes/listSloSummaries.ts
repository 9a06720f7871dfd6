import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  SLO_BURN_WINDOW_MS,
  SloListResponse,
  SloSummary,
  evaluateSloObjective,
  sloPeriodAt,
  toSloSummary,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloEvaluationStateView } from '../contracts';
import { objectivesOf } from './objectivesOf';
import { SloReadContext } from './SloReadContext';

// Burn-rate windows look back up to 3 days, possibly before a calendar
// period's start.
const BURN_LOOKBACK_MS = SLO_BURN_WINDOW_MS['3d'];

/** Bucket freshness, and a failed last read, both make data stale. */
function withState(
  summary: SloSummary,
  state: SloEvaluationStateView | undefined,
): SloSummary {
  const lastError = state?.lastError ?? null;
  if (lastError === null) return summary;
  return {
    ...summary,
    dataFreshness: { ...summary.dataFreshness, stale: true, lastError },
  };
}

/**
 * Every objective of the entity's SLOs evaluated at `nowMs` from its stored
 * buckets (maintenance windows left out, the entity's policy applied), and
 * the problems of its definitions. The math is -common's, unchanged.
 * @internal
 */
export async function listSloSummaries(
  context: SloReadContext,
  entityRef: string,
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<SloListResponse> {
  const { definitions, buckets, maintenance, policies, settings } = context;
  const defs = await definitions.forEntity(entityRef, { credentials });
  const objectives = objectivesOf(defs.slos).map(ref => ({
    ...ref,
    range: {
      fromMs: Math.min(
        sloPeriodAt(ref.slo.timeWindow, nowMs).startMs,
        nowMs - BURN_LOOKBACK_MS,
      ),
      toMs: nowMs,
    },
  }));
  if (objectives.length === 0) {
    return { entityRef, slos: [], issues: defs.issues };
  }
  const earliestMs = Math.min(...objectives.map(o => o.range.fromMs));
  const [states, maintenanceWindows] = await Promise.all([
    buckets.readStates(
      entityRef,
      objectives.map(o => o.id),
    ),
    maintenance.rangesOf(entityRef, earliestMs),
  ]);
  const policy = policies.forEntity(entityRef);

  const slos = await Promise.all(
    objectives.map(async ({ id, slo, objective, range }) => {
      const state = states.get(id);
      const evaluation = evaluateSloObjective(
        slo,
        objective,
        await buckets.readBuckets(entityRef, id, range),
        {
          nowMs,
          stepMs: state?.stepMs ?? settings.stepMs,
          maintenanceWindows,
          staleAfterMs: settings.staleAfterMs,
        },
      );
      return withState(
        toSloSummary(slo, objective, evaluation, { entityRef, policy }),
        state,
      );
    }),
  );
  return { entityRef, slos, issues: defs.issues };
}
