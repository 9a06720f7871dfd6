import {
  ComparisonGate,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloPolicies } from '../slo/policy/readSloPolicies';
import { SloStatusRow } from '../slo/status/types';
import { RowDora } from './doraReports';
import { OrgScope } from './orgTree';
import { rowsByEntity, serviceGateOf } from './sloRows';

/** What every row is computed from. @internal */
export interface RowInputs {
  /**
   * DORA metrics of the window and of the previous one, per component ref
   * and per team ref (see DoraReports).
   */
  dora: Map<string, RowDora>;
  /** Stored SLO statuses per component ref. */
  slos: Map<string, SloStatusRow[]>;
  /** Each compared component's release gate (see serviceGateOf). */
  gates: Map<string, ComparisonGate>;
  thresholds: VerdictThresholds;
}

/**
 * The inputs of every row from what the comparison read: DORA metrics of
 * components and teams, SLO rows grouped by component, and each
 * component's gate decided once however many teams count it.
 * @internal
 */
export function rowInputsOf(read: {
  scope: OrgScope;
  dora: Map<string, RowDora>;
  sloRows: readonly SloStatusRow[];
  policies: SloPolicies;
  thresholds: VerdictThresholds;
}): RowInputs {
  const slos = rowsByEntity(read.sloRows);
  const gates = new Map(
    read.scope.services.map(({ entityRef: ref }) => [
      ref,
      serviceGateOf(slos.get(ref) ?? [], read.policies.forEntity(ref)),
    ]),
  );
  return {
    dora: read.dora,
    slos,
    gates,
    thresholds: read.thresholds,
  };
}
