import {
  ComparisonGate,
  SloErrorBudgetPolicy,
  decideRelease,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloStatusRow } from '../slo/status/types';

/** Stored SLO status rows grouped by entity ref. @internal */
export function rowsByEntity(
  rows: readonly SloStatusRow[],
): Map<string, SloStatusRow[]> {
  const byEntity = new Map<string, SloStatusRow[]>();
  for (const row of rows) {
    if (!byEntity.has(row.entityRef)) byEntity.set(row.entityRef, []);
    byEntity.get(row.entityRef)!.push(row);
  }
  return byEntity;
}

/**
 * A service's release gate for a feature change from its stored SLO
 * statuses: common's `decideRelease` with the entity's error-budget policy,
 * as `GET /v1/gate` decides. No SLOs: nothing to gate on (`null`).
 * @internal
 */
export function serviceGateOf(
  rows: readonly SloStatusRow[],
  policy: SloErrorBudgetPolicy,
): ComparisonGate {
  if (rows.length === 0) {
    return { decision: null, status: 'no-data', deniedServices: 0 };
  }
  const { decision, status } = decideRelease({
    slos: rows.map(row => ({
      id: row.sloId,
      name: row.name,
      budgetRemainingRatio: row.budgetRemainingRatio,
      alertState: row.alertState,
    })),
    changeType: 'feature',
    policy,
  });
  return { decision, status, deniedServices: decision === 'deny' ? 1 : 0 };
}
