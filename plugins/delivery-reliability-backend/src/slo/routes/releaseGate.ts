import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  GateResponse,
  ReleaseChangeType,
  SloGateInput,
  SloSummary,
  decideRelease,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { listSloSummaries } from './listSloSummaries';
import { SloReadContext } from './SloReadContext';

/** What the gate calls an objective; the objective is named when its SLO has several. */
function gateInputOf(summary: SloSummary, all: SloSummary[]): SloGateInput {
  const base = summary.displayName ?? summary.name;
  const shared = all.filter(s => s.name === summary.name).length > 1;
  return {
    id: summary.id,
    name: shared ? `${base} (${summary.objective.displayName})` : base,
    budgetRemainingRatio: summary.budgetRemainingRatio,
    alertState: summary.alertState,
  };
}

/**
 * The release decision for one entity and change type: -common's
 * `decideRelease` over the entity's SLO summaries and policy. Definition
 * problems add a reason, so a broken SLO file is not mistaken for "no SLOs".
 * @internal
 */
export async function releaseGate(
  context: SloReadContext,
  entityRef: string,
  changeType: ReleaseChangeType,
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<GateResponse> {
  const list = await listSloSummaries(context, entityRef, credentials, nowMs);
  const decision = decideRelease({
    slos: list.slos.map(s => gateInputOf(s, list.slos)),
    changeType,
    policy: context.policies.forEntity(entityRef),
  });
  const reasons = [...decision.reasons];
  if (list.issues.length > 0) {
    reasons.push(
      `${list.issues.length} problem(s) in the SLO definitions left SLOs out of this decision, e.g. ${list.issues[0].message}; see GET /v1/slos?entityRef=${entityRef}`,
    );
  }
  return {
    ...decision,
    reasons,
    entityRef,
    changeType,
    evaluatedAt: new Date(nowMs).toISOString(),
  };
}
