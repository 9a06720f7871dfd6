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
import { readSummaryBuckets } from './readSummaryBuckets';
import { SloReadContext } from './SloReadContext';

// Burn-rate windows look back up to 3 days, possibly before a calendar
// period's start.
const BURN_LOOKBACK_MS = SLO_BURN_WINDOW_MS['3d'];
// A first-sight backfill slower than this finishes in the background; the
// response shows what is stored so far.
const FIRST_SIGHT_MS = 20_000;

async function withTimeout(work: Promise<unknown>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise(resolve => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

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
  const ids = objectives.map(o => o.id);
  let states = await buckets.readStates(entityRef, ids);
  if (context.evaluateFirstSight && ids.some(id => !states.has(id))) {
    // New SLOs: backfill them now (bounded), not at the next cycle.
    await withTimeout(context.evaluateFirstSight(entityRef), FIRST_SIGHT_MS);
    states = await buckets.readStates(entityRef, ids);
  }
  const maintenanceWindows = await maintenance.rangesOf(entityRef, earliestMs);
  const policy = policies.forEntity(entityRef);

  const slos = await Promise.all(
    objectives.map(async ({ id, slo, objective, range }) => {
      const state = states.get(id);
      const stepMs = state?.stepMs ?? settings.stepMs;
      const evaluation = evaluateSloObjective(
        slo,
        objective,
        await readSummaryBuckets(buckets, {
          entityRef,
          sloId: id,
          slo,
          range,
          recentFromMs: nowMs - BURN_LOOKBACK_MS,
          maintenanceWindows,
          stepMs,
        }),
        {
          nowMs,
          stepMs,
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
