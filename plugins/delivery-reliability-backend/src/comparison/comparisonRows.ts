import {
  ComparisonGate,
  ComparisonRow,
  ComparisonService as ComparisonServiceRow,
  ComparisonTeam,
  combineComparisonGates,
  decideVerdict,
  summarizeSloStatuses,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { OrgComponent } from './catalogOrg';
import { OrgTeam } from './orgTree';
import { RowInputs } from './rowInputs';

type RowParts = Omit<ComparisonRow, 'entityRef' | 'kind' | 'title'>;

/** A row's parts: `entityRef`'s DORA metrics (a component's or a team's) and `serviceRefs`' SLOs. */
function partsOf(
  entityRef: string,
  serviceRefs: readonly string[],
  inputs: RowInputs,
  gate: ComparisonRow['gate'],
): RowParts {
  const { dora, previous } = inputs.dora.get(entityRef)!;
  const slos = serviceRefs.flatMap(ref => inputs.slos.get(ref) ?? []);
  return {
    dora,
    previous,
    slo: summarizeSloStatuses(slos),
    gate,
    verdict: decideVerdict(
      {
        dora,
        slos: slos.map(s => ({
          name: s.name,
          status: s.status,
          budgetRemainingRatio: s.budgetRemainingRatio,
        })),
      },
      inputs.thresholds,
    ),
  };
}

const NO_GATE: ComparisonGate = {
  decision: null,
  status: 'no-data',
  deniedServices: 0,
};
const gateOf = (ref: string, inputs: RowInputs) =>
  inputs.gates.get(ref) ?? NO_GATE;

/** One service's row. @internal */
export function serviceRowOf(
  component: OrgComponent,
  inputs: RowInputs,
): ComparisonServiceRow {
  const ref = component.entityRef;
  return {
    entityRef: ref,
    kind: 'component',
    ...(component.title && { title: component.title }),
    ownerRef: component.ownerRef,
    systemRef: component.systemRef,
    ...partsOf(ref, [ref], inputs, gateOf(ref, inputs)),
  };
}

/**
 * One team's row: the DORA metrics of the union of its components' events
 * (from the team's totals: sums and merged quantiles), the SLO counts
 * over all of their objectives, the gate combined from theirs, and the
 * verdict of that union.
 * @internal
 */
export function teamRowOf(team: OrgTeam, inputs: RowInputs): ComparisonTeam {
  const gate = combineComparisonGates(
    team.serviceRefs.map(ref => gateOf(ref, inputs)),
  );
  return {
    entityRef: team.group.entityRef,
    kind: 'group',
    ...(team.group.title && { title: team.group.title }),
    parentRef: team.parentRef,
    serviceRefs: team.serviceRefs,
    ...partsOf(team.group.entityRef, team.serviceRefs, inputs, gate),
  };
}
