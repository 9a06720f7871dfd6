import { InputError } from '@backstage/errors';
import {
  OpenSloMetricSource,
  OpenSloOperator,
  OpenSloSlo,
  SliBucket,
  sanitizeSliBucket,
  sliBucketFromBad,
  sliBucketFromRaw,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { stepCountQuery, withWindow } from './promql';
import { sumFinite } from './stepValues';

/** One PromQL query of an indicator, and the metric source it reads from. @public */
export interface IndicatorQuery {
  source: OpenSloMetricSource;
  promql: string;
}

/**
 * The queries measuring one objective of an SLO, and how the values of one
 * step (per query, one value per returned series) become its bucket.
 * @public
 */
export interface IndicatorPlan {
  queries: IndicatorQuery[];
  toBucket(startMs: number, values: Array<number[] | undefined>): SliBucket;
}

const COMPARE: Record<OpenSloOperator, (v: number, limit: number) => boolean> =
  {
    lt: (v, limit) => v < limit,
    lte: (v, limit) => v <= limit,
    gt: (v, limit) => v > limit,
    gte: (v, limit) => v >= limit,
  };

function promql(source: OpenSloMetricSource): string {
  if (!source.query?.trim()) {
    throw new InputError(
      'A Prometheus metric source needs its PromQL in spec.query',
    );
  }
  return source.query;
}

/**
 * Plans the queries of `slo.objectives[objectiveIndex]` on `stepMs`.
 * Ratio: events per step of the numerator and of `total`. Raw ratio: each
 * series' value at the step's end counts as one unit whose good share is
 * the ratio. Threshold: each series' value at the step's end is one event,
 * good when it satisfies the objective's `op` and `value`.
 * @public
 */
export function planIndicator(
  slo: OpenSloSlo,
  objectiveIndex: number,
  stepMs: number,
): IndicatorPlan {
  const metric = slo.indicator.metric;
  if (metric.type === 'ratio') {
    const numerator = metric.good ?? metric.bad!;
    const isBad = !metric.good;
    return {
      queries: [numerator, metric.total].map(source => ({
        source,
        promql: stepCountQuery(promql(source), metric.counter, stepMs),
      })),
      toBucket: (startMs, [num, total]) =>
        isBad
          ? sliBucketFromBad(startMs, sumFinite(num), sumFinite(total))
          : sanitizeSliBucket({
              startMs,
              good: sumFinite(num),
              total: sumFinite(total),
            }),
    };
  }
  if (metric.type === 'rawRatio') {
    return {
      queries: [
        { source: metric.raw, promql: withWindow(promql(metric.raw), stepMs) },
      ],
      toBucket: (startMs, [values]) => {
        const bucket = { startMs, good: 0, total: 0 };
        for (const v of values ?? []) {
          if (!Number.isFinite(v)) continue; // 0/0: no traffic in that series
          const unit = sliBucketFromRaw(startMs, v, metric.rawType);
          bucket.good += unit.good;
          bucket.total += unit.total;
        }
        return bucket;
      },
    };
  }
  const objective = slo.objectives[objectiveIndex];
  if (
    !objective ||
    objective.op === undefined ||
    objective.value === undefined
  ) {
    throw new InputError(
      `SLO ${slo.name} objective ${objectiveIndex} needs op and value to judge its threshold metric, e.g. { op: lte, value: 0.3 }`,
    );
  }
  const compare = COMPARE[objective.op];
  const limit = objective.value;
  return {
    queries: [
      {
        source: metric.metric,
        promql: withWindow(promql(metric.metric), stepMs),
      },
    ],
    toBucket: (startMs, [values]) => {
      const measured = (values ?? []).filter(v => !Number.isNaN(v));
      const good = measured.filter(v => compare(v, limit)).length;
      return { startMs, good, total: measured.length };
    },
  };
}
