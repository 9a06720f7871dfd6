import {
  ComparisonGate,
  DoraTierTable,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DayWindow } from '../dora/doraWindow';
import { RollupTotals } from '../rollups/readRollupTotals';
import { SloPolicies } from '../slo/policy/readSloPolicies';
import { SloStatusRow } from '../slo/status/types';
import { OrgScope } from './orgTree';
import { rowsByEntity, serviceGateOf } from './sloRows';
import { teamTotalsOf } from './teamTotals';

/** What every row is computed from. @internal */
export interface RowInputs {
  window: DayWindow;
  previousWindow: DayWindow;
  /**
   * Rollup totals of the window and of the previous one, per component ref
   * and per team ref (see teamTotalsOf); absent means no events.
   */
  current: Map<string, RollupTotals>;
  previous: Map<string, RollupTotals>;
  /** Stored SLO statuses per component ref. */
  slos: Map<string, SloStatusRow[]>;
  /** Each compared component's release gate (see serviceGateOf). */
  gates: Map<string, ComparisonGate>;
  tierTable: DoraTierTable;
  thresholds: VerdictThresholds;
}

/**
 * The inputs of every row from what the comparison read: team totals added
 * next to the components' (team and component refs never collide: their
 * kinds differ), SLO rows grouped by component, and each component's gate
 * decided once however many teams count it.
 * @internal
 */
export function rowInputsOf(read: {
  scope: OrgScope;
  window: DayWindow;
  previousWindow: DayWindow;
  current: Map<string, RollupTotals>;
  previous: Map<string, RollupTotals>;
  sloRows: readonly SloStatusRow[];
  policies: SloPolicies;
  tierTable: DoraTierTable;
  thresholds: VerdictThresholds;
}): RowInputs {
  const withTeams = (totals: Map<string, RollupTotals>) =>
    new Map([...totals, ...teamTotalsOf(read.scope.teams, totals)]);
  const slos = rowsByEntity(read.sloRows);
  const gates = new Map(
    read.scope.services.map(({ entityRef: ref }) => [
      ref,
      serviceGateOf(slos.get(ref) ?? [], read.policies.forEntity(ref)),
    ]),
  );
  return {
    window: read.window,
    previousWindow: read.previousWindow,
    current: withTeams(read.current),
    previous: withTeams(read.previous),
    slos,
    gates,
    tierTable: read.tierTable,
    thresholds: read.thresholds,
  };
}
