import {
  ComparisonRow,
  VerdictKind,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDoraValueText, formatPercent } from '../../utils/doraFormat';
import { rowName } from '../ComparisonFilters/rowName';

/** Speed on the x axis: deployments per day, or p50 lead time in seconds. */
export type ScatterXMetric = 'deploymentFrequency' | 'leadTimeForChanges';

/** Stability on the y axis, in percent: SLO attainment or change failure rate. */
export type ScatterYMetric = 'sloAttainment' | 'changeFailureRate';

/** One team or service on the chart. */
export interface ScatterPoint {
  entityRef: string;
  name: string;
  verdict: VerdictKind;
  headline: string;
  x: number;
  y: number;
  xText: string;
  yText: string;
}

/** A row left off the chart, and why. */
export interface UnplottedRow {
  entityRef: string;
  name: string;
  reason: string;
}

type Value = { value: number } | { reason: string };

/** Log axes cannot show 0: a row that never deployed has no speed to plot. */
function xValue(row: ComparisonRow, metric: ScatterXMetric): Value {
  if (metric === 'deploymentFrequency') {
    const perDay = row.dora.deploymentFrequency.perDay;
    return perDay ? { value: perDay } : { reason: 'no production deployments' };
  }
  const p50 = row.dora.leadTimeForChanges.p50Seconds;
  return p50 ? { value: p50 } : { reason: 'no lead time' };
}

function yValue(row: ComparisonRow, metric: ScatterYMetric): Value {
  if (metric === 'sloAttainment') {
    const ratio = row.slo.attainmentRatio;
    if (ratio !== null) return { value: ratio * 100 };
    return { reason: row.slo.objectives ? 'no SLO data' : 'no SLOs' };
  }
  const ratio = row.dora.changeFailureRate.ratio;
  return ratio === null
    ? { reason: 'no change failure rate' }
    : { value: ratio * 100 };
}

function yText(row: ComparisonRow, metric: ScatterYMetric): string {
  if (metric === 'changeFailureRate') {
    const { failed, deployments } = row.dora.changeFailureRate;
    return `CFR ${formatDoraValueText(
      'changeFailureRate',
      row.dora,
    )} (${failed} of ${deployments})`;
  }
  const { value } = formatPercent(row.slo.attainmentRatio);
  return `${value} % of SLOs met (${row.slo.met} of ${row.slo.withData})`;
}

/**
 * The rows with a value on both axes as points, and the others with the
 * reason (`no production deployments`, `no SLOs`, …), in the given order.
 */
export function scatterData(
  rows: readonly ComparisonRow[],
  xMetric: ScatterXMetric,
  yMetric: ScatterYMetric,
): { points: ScatterPoint[]; unplotted: UnplottedRow[] } {
  const points: ScatterPoint[] = [];
  const unplotted: UnplottedRow[] = [];
  for (const row of rows) {
    const name = rowName(row);
    const x = xValue(row, xMetric);
    const y = yValue(row, yMetric);
    if (!('value' in x) || !('value' in y)) {
      const reasons = [x, y].flatMap(v => ('reason' in v ? [v.reason] : []));
      unplotted.push({
        entityRef: row.entityRef,
        name,
        reason: reasons.join(', '),
      });
      continue;
    }
    points.push({
      entityRef: row.entityRef,
      name,
      verdict: row.verdict.kind,
      headline: row.verdict.headline,
      x: x.value,
      y: y.value,
      xText:
        xMetric === 'deploymentFrequency'
          ? `deploys ${formatDoraValueText(xMetric, row.dora)}`
          : `lead time ${formatDoraValueText(xMetric, row.dora)}`,
      yText: yText(row, yMetric),
    });
  }
  return { points, unplotted };
}
