import {
  ComparisonResponse,
  ComparisonService,
  ComparisonSloStatus,
  ComparisonTeam,
  decideVerdict,
  DEFAULT_VERDICT_THRESHOLDS,
  DoraMetricsReport,
  getDoraTierTable,
  SloBudgetStatus,
  SloStatusCounts,
  summarizeSloStatuses,
  tierFor,
  VerdictSlo,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { tierTable2023 } from './dora';

/**
 * Hand-built comparison answers for component tests (not imported by
 * production code). Tiers come from the 2023 table through `tierFor` and
 * verdicts from `decideVerdict`, so every row is what the backend would say;
 * tests state the figures they expect by hand.
 */

const HOUR_S = 3600;
const DAYS = 90;

/** The delivery figures of one row over the 90-day window. */
export interface DeliverySpec {
  deployments: number;
  leadTimeP50Hours: number | null;
  failed: number;
  recoveryP50Hours: number | null;
  unplanned: number;
}

/** A DORA report (tiers from the 2023 table) from a few figures. */
export function doraReport(spec: DeliverySpec): DoraMetricsReport {
  const table = getDoraTierTable('2023');
  const { deployments, failed, unplanned } = spec;
  const perDay = deployments / DAYS;
  const leadP50 =
    spec.leadTimeP50Hours === null ? null : spec.leadTimeP50Hours * HOUR_S;
  const recoveryP50 =
    spec.recoveryP50Hours === null ? null : spec.recoveryP50Hours * HOUR_S;
  const ratio = (n: number) => (deployments ? n / deployments : null);
  return {
    deploymentFrequency: {
      deployments,
      days: DAYS,
      perDay,
      tier: tierFor('deploymentFrequency', perDay, table),
    },
    leadTimeForChanges: {
      n: leadP50 === null ? 0 : deployments * 2,
      p50Seconds: leadP50,
      p90Seconds: leadP50 === null ? null : leadP50 * 2,
      tier: tierFor('leadTimeForChanges', leadP50, table),
    },
    changeFailureRate: {
      deployments,
      failed,
      ratio: ratio(failed),
      tier: tierFor('changeFailureRate', ratio(failed), table),
    },
    failedDeploymentRecoveryTime: {
      failed,
      unresolved: 0,
      n: recoveryP50 === null ? 0 : failed,
      p50Seconds: recoveryP50,
      tier: tierFor('failedDeploymentRecoveryTime', recoveryP50, table),
    },
    deploymentReworkRate: {
      deployments,
      unplanned,
      ratio: ratio(unplanned),
      tier: null,
    },
  };
}

type Counts = Partial<SloStatusCounts>;

// Budget left per status: frozen overspent, at risk under 25 %, ok plenty.
const BUDGET_LEFT: Record<SloBudgetStatus, number | null> = {
  frozen: -0.2,
  'at-risk': 0.1,
  ok: 0.6,
  'no-data': null,
};

function statusList(counts: Counts): SloBudgetStatus[] {
  return (['ok', 'at-risk', 'frozen', 'no-data'] as const).flatMap(status =>
    Array<SloBudgetStatus>(counts[status] ?? 0).fill(status),
  );
}

/** SLO status of a row (through `summarizeSloStatuses`): frozen objectives are the ones not met. */
export function sloStatus(counts: Counts): ComparisonSloStatus {
  return summarizeSloStatuses(
    statusList(counts).map(status => ({
      status,
      budgetRemainingRatio: BUDGET_LEFT[status],
    })),
  );
}

function verdictSlos(counts: Counts): VerdictSlo[] {
  return statusList(counts).map((status, i) => ({
    name: `slo-${i}`,
    status,
    budgetRemainingRatio: BUDGET_LEFT[status],
  }));
}

interface RowSpec {
  ref: string;
  title?: string;
  now: DeliverySpec;
  /** The previous window; the same figures when absent (flat trends). */
  before?: DeliverySpec;
  slos: Counts;
  /** For a team: how many of its services' gates deny. */
  deniedServices?: number;
}

const WORST_FIRST: SloBudgetStatus[] = ['frozen', 'at-risk', 'no-data', 'ok'];

function row(spec: RowSpec) {
  const dora = doraReport(spec.now);
  const slo = sloStatus(spec.slos);
  const counts = slo.statusCounts;
  return {
    entityRef: spec.ref,
    ...(spec.title && { title: spec.title }),
    dora,
    previous: doraReport(spec.before ?? spec.now),
    slo,
    gate: {
      decision:
        slo.objectives === 0
          ? null
          : ((counts.frozen ? 'deny' : 'allow') as 'deny' | 'allow'),
      status: WORST_FIRST.find(s => counts[s] > 0) ?? 'no-data',
      deniedServices: spec.deniedServices ?? (counts.frozen ? 1 : 0),
    },
    verdict: decideVerdict({ dora, slos: verdictSlos(spec.slos) }),
  };
}

/** A service row. */
export function service(
  spec: RowSpec & { ownerRef: string | null; systemRef: string | null },
): ComparisonService {
  const { ownerRef, systemRef } = spec;
  return { ...row(spec), kind: 'component', ownerRef, systemRef };
}

/** A team row. */
export function team(
  spec: RowSpec & { parentRef: string | null; serviceRefs: string[] },
): ComparisonTeam {
  const { parentRef, serviceRefs } = spec;
  return { ...row(spec), kind: 'group', parentRef, serviceRefs };
}

/** A comparison over 2024-02-11 – 2024-05-10 (90 days) with the given rows. */
export function comparisonResponse(
  teams: ComparisonTeam[],
  services: ComparisonService[],
): ComparisonResponse {
  return {
    environments: ['production'],
    leadTimeStart: 'firstCommit',
    tierTable: tierTable2023,
    window: {
      from: '2024-02-11T00:00:00.000Z',
      to: '2024-05-11T00:00:00.000Z',
      days: DAYS,
    },
    previousWindow: {
      from: '2023-11-13T00:00:00.000Z',
      to: '2024-02-11T00:00:00.000Z',
      days: DAYS,
    },
    thresholds: DEFAULT_VERDICT_THRESHOLDS,
    sloStatusAsOf: '2024-05-10T23:55:00.000Z',
    teams,
    services,
  };
}
