import { SloAlertState } from '../math/burnAlerts';
import {
  DEFAULT_AT_RISK_BELOW_RATIO,
  ReleaseChangeType,
  SloBudgetStatus,
  SloErrorBudgetPolicy,
  sloBudgetStatus,
} from './status';

/** One SLO as the gate sees it. @public */
export interface SloGateInput {
  id: string;
  name: string;
  budgetRemainingRatio: number | null;
  alertState: SloAlertState;
}

/** One SLO with the status the gate gave it. @public */
export interface SloGateSlo extends SloGateInput {
  status: SloBudgetStatus;
}

/** The gate's answer. @public */
export interface SloGateDecision {
  decision: 'allow' | 'deny';
  /** The worst status among the SLOs (frozen, at-risk, no-data, ok). */
  status: SloBudgetStatus;
  /** Why, one line per SLO that is not ok, or one line when all are. */
  reasons: string[];
  slos: SloGateSlo[];
}

/** Inputs of {@link decideRelease}. @public */
export interface DecideReleaseInput {
  slos: readonly SloGateInput[];
  changeType: ReleaseChangeType;
  policy?: SloErrorBudgetPolicy;
}

const SEVERITY: Record<SloBudgetStatus, number> = {
  frozen: 3,
  'at-risk': 2,
  'no-data': 1,
  ok: 0,
};

const percent = (ratio: number) => `${Number((ratio * 100).toFixed(1))}%`;

function reasonFor(
  slo: SloGateSlo,
  changeType: ReleaseChangeType,
  exempt: boolean,
  policy: SloErrorBudgetPolicy,
): string | undefined {
  const name = `SLO "${slo.name}"`;
  const left =
    slo.budgetRemainingRatio === null ? '' : percent(slo.budgetRemainingRatio);
  switch (slo.status) {
    case 'frozen':
      return exempt
        ? `${name} has spent its error budget (${left} left); allowed because ${changeType} changes may pass a freeze`
        : `${name} has spent its error budget (${left} left): ${changeType} releases are frozen until it recovers`;
    case 'at-risk': {
      const causes = [];
      const below = policy.atRiskBelowRatio ?? DEFAULT_AT_RISK_BELOW_RATIO;
      if ((slo.budgetRemainingRatio ?? 1) < below)
        causes.push(
          `only ${left} of its error budget left (below ${percent(below)})`,
        );
      if (slo.alertState === 'page')
        causes.push('a page burn-rate alert is firing');
      return `${name} is at risk: ${causes.join(' and ')}; release with care`;
    }
    case 'no-data':
      return `${name} has no data in its window: its error budget is unknown, not healthy${
        policy.denyOnNoData
          ? '; the policy denies releases until it reports'
          : ''
      }`;
    default:
      return undefined;
  }
}

/**
 * The error-budget policy as a release decision (DESIGN.md "Error budget
 * policy → release gate"). A frozen SLO denies feature releases; hotfix and
 * security changes (configurable) pass a freeze with the reason recorded. An
 * at-risk SLO allows with a warning. A no-data SLO is reported as such and
 * allows unless `denyOnNoData`. No SLOs at all is `no-data` too.
 * @public
 */
export function decideRelease(input: DecideReleaseInput): SloGateDecision {
  const policy = input.policy ?? {};
  const exemptTypes = policy.freezeExemptChangeTypes ?? ['hotfix', 'security'];
  const exempt = exemptTypes.includes(input.changeType);
  const slos = input.slos.map(slo => ({
    ...slo,
    status: sloBudgetStatus(slo, policy),
  }));

  const status = slos.reduce<SloBudgetStatus>(
    (worst, slo) =>
      SEVERITY[slo.status] > SEVERITY[worst] ? slo.status : worst,
    slos.length === 0 ? 'no-data' : 'ok',
  );
  const denied = slos.some(
    slo =>
      (slo.status === 'frozen' && !exempt) ||
      (slo.status === 'no-data' && policy.denyOnNoData),
  );
  const reasons = slos.flatMap(
    slo => reasonFor(slo, input.changeType, exempt, policy) ?? [],
  );
  if (slos.length === 0)
    reasons.push('no SLOs are defined for this entity: nothing to gate on');
  else if (reasons.length === 0) {
    reasons.push(
      slos.length === 1
        ? 'the SLO is within its error budget'
        : `all ${slos.length} SLOs are within their error budget`,
    );
  }
  if (slos.length === 0 && policy.denyOnNoData)
    return { decision: 'deny', status, reasons, slos };
  return { decision: denied ? 'deny' : 'allow', status, reasons, slos };
}
