import {
  OpenSloSlo,
  SliBucket,
  SloTimeRange,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  SliReadRequest,
  SliSource,
} from '@delivery-reliability/plugin-delivery-reliability-node';

/** Good events of the step starting at `startMs`: 100 minus (step number mod 7). */
export const goodAt = (startMs: number, stepMs: number) =>
  100 - ((startMs / stepMs) % 7);

/**
 * A deterministic SliSource for SLOs whose metric source type is `Formula`:
 * total 100 per step, good from {@link goodAt}. Records every read and can
 * be told to fail, like an unreachable Prometheus.
 */
export class FormulaSource implements SliSource {
  readonly id = 'formula';
  readonly reads: SloTimeRange[] = [];
  failWith?: string;
  earliestMs?: number;

  supports(slo: OpenSloSlo) {
    const m = slo.indicator.metric;
    return m.type === 'ratio' && m.total.type === 'Formula';
  }

  async earliestAvailableMs() {
    return this.earliestMs;
  }

  async readBuckets(request: SliReadRequest): Promise<SliBucket[]> {
    if (this.failWith) throw new Error(this.failWith);
    this.reads.push({ fromMs: request.fromMs, toMs: request.toMs });
    const buckets: SliBucket[] = [];
    for (let t = request.fromMs; t < request.toMs; t += request.stepMs) {
      buckets.push({ startMs: t, good: goodAt(t, request.stepMs), total: 100 });
    }
    return buckets;
  }
}

/** An inline OpenSLO SLO read by {@link FormulaSource} (or by `sourceType`). */
export function formulaSlo(options: {
  name?: string;
  duration?: string;
  query?: string;
  target?: number;
  sourceType?: string;
}) {
  const source = (query: string) => ({
    metricSource: { type: options.sourceType ?? 'Formula', spec: { query } },
  });
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: options.name ?? 'availability' },
    spec: {
      indicator: {
        spec: {
          ratioMetric: {
            counter: true,
            good: source(options.query ?? 'good'),
            total: source('total'),
          },
        },
      },
      timeWindow: [{ duration: options.duration ?? '1d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ target: options.target ?? 0.99 }],
    },
  };
}
