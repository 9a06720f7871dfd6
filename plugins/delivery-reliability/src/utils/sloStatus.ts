import { SloBudgetStatus } from '@delivery-reliability/plugin-delivery-reliability-common';

/** How each status is named to users. */
export const SLO_STATUS_LABELS: Record<SloBudgetStatus, string> = {
  ok: 'OK',
  'at-risk': 'At risk',
  frozen: 'Frozen',
  'no-data': 'No data',
};

// Same order as the release gate: a frozen SLO outweighs everything.
const SEVERITY: Record<SloBudgetStatus, number> = {
  ok: 0,
  'no-data': 1,
  'at-risk': 2,
  frozen: 3,
};

/** The worst of some statuses (frozen, at-risk, no-data, ok); `no-data` when there are none. */
export function worstSloStatus(
  statuses: readonly SloBudgetStatus[],
): SloBudgetStatus {
  if (statuses.length === 0) return 'no-data';
  return statuses.reduce((worst, s) =>
    SEVERITY[s] > SEVERITY[worst] ? s : worst,
  );
}
