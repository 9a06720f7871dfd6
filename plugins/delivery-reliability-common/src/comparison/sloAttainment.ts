/**
 * How the comparison sums up SLOs and release gates of a service or team, so
 * the backend and any UI count them the same way.
 */
import { SloBudgetStatus } from '../slo/policy/status';
import { ComparisonGate, ComparisonSloStatus } from './api';

/** One SLO objective's stored status, as the comparison reads it. @public */
export interface ComparisonSloInput {
  status: SloBudgetStatus;
  budgetRemainingRatio: number | null;
}

// The same order the release gate ranks statuses in.
const SEVERITY: Record<SloBudgetStatus, number> = {
  frozen: 3,
  'at-risk': 2,
  'no-data': 1,
  ok: 0,
};

/**
 * SLO attainment of a service or team (for a team: every objective of its
 * services). An objective has data when its status is not `no-data`, and is
 * met when its budget left is ≥ 0 (it has not overspent; a budget of exactly
 * 0 is met and frozen). `attainmentRatio = met / withData`, `null` when no
 * objective has data: no data is unknown, not 100 %.
 * @public
 */
export function summarizeSloStatuses(
  slos: ReadonlyArray<ComparisonSloInput>,
): ComparisonSloStatus {
  const statusCounts = { ok: 0, 'at-risk': 0, frozen: 0, 'no-data': 0 };
  let met = 0;
  let worst: number | null = null;
  for (const slo of slos) {
    statusCounts[slo.status] += 1;
    const remaining = slo.budgetRemainingRatio;
    if (slo.status === 'no-data' || remaining === null) continue;
    if (remaining >= 0) met += 1;
    worst = worst === null ? remaining : Math.min(worst, remaining);
  }
  const withData = slos.length - statusCounts['no-data'];
  return {
    objectives: slos.length,
    withData,
    met,
    attainmentRatio: withData > 0 ? met / withData : null,
    statusCounts,
    worstBudgetRemainingRatio: worst,
  };
}

/**
 * A team's gate from its services' gates: `deny` when any service's gate
 * denies a feature release (counted in `deniedServices`), else `allow`; the
 * status is the worst among services that have SLOs. Services without SLOs
 * (decision `null`) are left out, so they neither pass nor block the team;
 * a team none of whose services has SLOs is `null` / `no-data`.
 * @public
 */
export function combineComparisonGates(
  gates: ReadonlyArray<ComparisonGate>,
): ComparisonGate {
  const gated = gates.filter(gate => gate.decision !== null);
  if (gated.length === 0) {
    return { decision: null, status: 'no-data', deniedServices: 0 };
  }
  const deniedServices = gated.reduce((n, g) => n + g.deniedServices, 0);
  const status = gated.reduce<SloBudgetStatus>(
    (worse, gate) =>
      SEVERITY[gate.status] > SEVERITY[worse] ? gate.status : worse,
    'ok',
  );
  return {
    decision: deniedServices > 0 ? 'deny' : 'allow',
    status,
    deniedServices,
  };
}
