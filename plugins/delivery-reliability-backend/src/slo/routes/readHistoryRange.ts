import { InputError } from '@backstage/errors';
import {
  OpenSloTimeWindow,
  sloPeriodAt,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { isRfc3339DateTime, toEpochMs } from '../../ingestion/time';

/** Points at `fromMs`, `fromMs + pointStepMs`, … up to `toMs`. @internal */
export interface HistoryRange {
  fromMs: number;
  toMs: number;
  pointStepMs: number;
}

/** Points `step=auto` aims for at most (a chart's width). @internal */
export const AUTO_HISTORY_POINTS = 300;
/** Most points an explicit step may ask for, bounding a request's cost. @internal */
export const MAX_HISTORY_POINTS = 2_000;
/** Longest history a request may ask for. @internal */
export const MAX_HISTORY_DAYS = 400;

const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS };

function readTime(name: 'from' | 'to', value: string): number {
  if (!isRfc3339DateTime(value)) {
    throw new InputError(
      `${name} must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T00:00:00Z), got "${value}"`,
    );
  }
  return toEpochMs(value);
}

function readStep(step: string, spanMs: number, bucketStepMs: number): number {
  if (step === 'auto') {
    // Whole buckets per point, so no point splits a bucket.
    const buckets = Math.ceil(spanMs / AUTO_HISTORY_POINTS / bucketStepMs);
    return Math.max(1, buckets) * bucketStepMs;
  }
  const match = /^([1-9][0-9]{0,5})([mhd])$/.exec(step);
  if (!match) {
    throw new InputError(
      `step must be auto or a duration like 5m, 1h or 1d, got "${step}"`,
    );
  }
  const stepMs = Number(match[1]) * UNIT_MS[match[2]];
  const points = Math.floor(spanMs / stepMs) + 1;
  if (points > MAX_HISTORY_POINTS) {
    const minimumMinutes = Math.ceil(
      spanMs / (MAX_HISTORY_POINTS - 1) / 60_000,
    );
    throw new InputError(
      `step ${step} gives ${points} points between from and to, more than ${MAX_HISTORY_POINTS}; use step=auto or a step of at least ${minimumMinutes}m`,
    );
  }
  return stepMs;
}

/**
 * The points of `GET /v1/slos/:id/history`: `to` defaults to now, `from` to
 * the start of the SLO period at `to`, `step` to whole buckets giving at
 * most 300 points. Failures are `InputError`s naming the parameter.
 * @internal
 */
export function readHistoryRange(
  query: { from?: string; to?: string; step: string },
  timeWindow: OpenSloTimeWindow,
  nowMs: number,
  bucketStepMs: number,
): HistoryRange {
  const toMs = query.to === undefined ? nowMs : readTime('to', query.to);
  const fromMs =
    query.from === undefined
      ? sloPeriodAt(timeWindow, toMs).startMs
      : readTime('from', query.from);
  if (fromMs >= toMs) {
    throw new InputError(
      `from must be before to; got from ${new Date(
        fromMs,
      ).toISOString()} and to ${new Date(toMs).toISOString()}`,
    );
  }
  if (toMs - fromMs > MAX_HISTORY_DAYS * DAY_MS) {
    throw new InputError(
      `from and to span more than ${MAX_HISTORY_DAYS} days; move from closer to to`,
    );
  }
  return {
    fromMs,
    toMs,
    pointStepMs: readStep(query.step, toMs - fromMs, bucketStepMs),
  };
}
