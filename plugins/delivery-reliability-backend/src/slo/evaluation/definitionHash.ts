import { OpenSloSlo } from '@delivery-reliability/plugin-delivery-reliability-common';
import { createHash } from 'crypto';

/**
 * Hash of what the stored buckets of one objective depend on: the
 * indicator's metric, the objective's thresholds (`op`, `value`, time
 * slices), the budgeting method and the step. Names, the target and the time
 * window are left out: they change how buckets are judged, not what they
 * count, so tightening a target or widening a window keeps the history.
 * @internal
 */
export function sloDefinitionHash(
  slo: OpenSloSlo,
  objectiveIndex: number,
  stepMs: number,
): string {
  const { op, value, timeSliceTarget, timeSliceWindow } =
    slo.objectives[objectiveIndex];
  const material = JSON.stringify({
    metric: slo.indicator.metric,
    objective: { op, value, timeSliceTarget, timeSliceWindow },
    budgetingMethod: slo.budgetingMethod,
    stepMs,
  });
  return createHash('sha256').update(material).digest('hex');
}

/** The metric source types an SLO reads, for "no source" messages. @internal */
export function metricSourceTypesOf(slo: OpenSloSlo): string[] {
  const metric = slo.indicator.metric;
  const sources =
    metric.type === 'ratio'
      ? [metric.good ?? metric.bad, metric.total]
      : [metric.type === 'rawRatio' ? metric.raw : metric.metric];
  return [...new Set(sources.flatMap(s => (s ? [s.type] : [])))];
}
