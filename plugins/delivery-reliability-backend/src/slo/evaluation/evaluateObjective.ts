import {
  OpenSloSlo,
  sanitizeSliBucket,
  sloSummaryId,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SliSource } from '@delivery-reliability/plugin-delivery-reliability-node';
import { KnexSliBucketWriter } from '../store/KnexSliBucketWriter';
import { metricSourceTypesOf, sloDefinitionHash } from './definitionHash';
import { desiredSloRange, splitSloRanges } from './desiredRange';

/** One objective to bring up to date. @internal */
export interface SloObjectiveJob {
  entityRef: string;
  slo: OpenSloSlo;
  objectiveIndex: number;
}

/** What one objective's evaluation did. @internal */
export interface SloObjectiveOutcome {
  bucketsWritten: number;
  sourceReads: number;
  error?: string;
}

/** Shared settings of the evaluation. @internal */
export interface SloObjectiveContext {
  writer: KnexSliBucketWriter;
  sources: readonly SliSource[];
  stepMs: number;
  /** Most steps one `readBuckets` call may cover. */
  maxStepsPerRead: number;
}

/**
 * Reads the missing steps of one objective from its source and stores them:
 * the whole desired range on first sight (backfill), afterwards only gaps,
 * i.e. the newest steps and whatever an outage left out. A failing source
 * is recorded on the objective, never thrown; buckets read before the
 * failure stay, so the next cycle continues where this one stopped.
 * @internal
 */
export async function evaluateSloObjective(
  ctx: SloObjectiveContext,
  job: SloObjectiveJob,
  nowMs: number,
): Promise<SloObjectiveOutcome> {
  const { entityRef, slo, objectiveIndex } = job;
  const { writer, stepMs } = ctx;
  const sloId = sloSummaryId(slo.name, objectiveIndex);
  await writer.prepare(
    entityRef,
    sloId,
    sloDefinitionHash(slo, objectiveIndex, stepMs),
    stepMs,
  );
  const outcome: SloObjectiveOutcome = { bucketsWritten: 0, sourceReads: 0 };
  const fail = async (error: string) => {
    await writer.recordAttempt(entityRef, sloId, {
      attemptMs: nowMs,
      ok: false,
      error,
    });
    return { ...outcome, error };
  };

  const source = ctx.sources.find(s => s.supports(slo));
  if (!source) {
    const types = metricSourceTypesOf(slo).join(', ');
    return fail(
      `no SLI source for metric source type ${types}; install a delivery-reliability backend module that reads it (e.g. plugin-delivery-reliability-backend-module-prometheus for Prometheus)`,
    );
  }
  try {
    const earliest = await source.earliestAvailableMs?.(slo, nowMs);
    const range = desiredSloRange(slo, nowMs, stepMs, earliest);
    const gaps = await writer.missingRanges(entityRef, sloId, range, stepMs);
    if (gaps.length === 0) return outcome;
    for (const read of splitSloRanges(gaps, stepMs, ctx.maxStepsPerRead)) {
      const buckets = await source.readBuckets({
        entityRef,
        slo,
        objectiveIndex,
        fromMs: read.fromMs,
        toMs: read.toMs,
        stepMs,
      });
      outcome.sourceReads += 1;
      // Only aligned steps of the asked range: anything else would break
      // the one-bucket-per-step invariant the gap query relies on.
      const valid = buckets
        .filter(
          b =>
            b.startMs >= read.fromMs &&
            b.startMs < read.toMs &&
            b.startMs % stepMs === 0,
        )
        .map(sanitizeSliBucket);
      outcome.bucketsWritten += await writer.writeBuckets(
        entityRef,
        sloId,
        valid,
      );
    }
    await writer.recordAttempt(entityRef, sloId, {
      attemptMs: nowMs,
      ok: true,
      coveredFromMs: range.fromMs,
    });
    return outcome;
  } catch (error) {
    return fail(
      `SLI source ${source.id} failed: ${
        (error as Error)?.message ?? String(error)
      }`,
    );
  }
}
