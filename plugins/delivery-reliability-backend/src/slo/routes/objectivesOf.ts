import {
  OpenSloObjective,
  OpenSloSlo,
  sloSummaryId,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** One objective of one SLO, under the id its buckets are stored by. @internal */
export interface SloObjectiveRef {
  id: string;
  slo: OpenSloSlo;
  objective: OpenSloObjective;
}

/** Every objective of `slos`, in document and objective order. @internal */
export function objectivesOf(slos: readonly OpenSloSlo[]): SloObjectiveRef[] {
  return slos.flatMap(slo =>
    slo.objectives.map(objective => ({
      id: sloSummaryId(slo.name, objective.index),
      slo,
      objective,
    })),
  );
}
