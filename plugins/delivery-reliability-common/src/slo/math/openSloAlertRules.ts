import { fixedDurationMs } from '../openslo/duration';
import { OpenSloAlertPolicy } from '../openslo/types';
import { SloBurnAlertRule } from './burnAlerts';

/** The Workbook's ratio between a rule's long and short window. */
const SHORT_WINDOW_DIVISOR = 12;

const UNITS: Array<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
];

/** `6h` rather than `360m`: the largest unit that divides the length. */
function windowLabel(ms: number): string {
  const [unit, unitMs] = UNITS.find(([, u]) => ms % u === 0) ?? ['ms', 1];
  return `${ms / unitMs}${unit}`;
}

/**
 * Burn-rate rules from an SLO's own OpenSLO alert policies, to use instead of
 * the Workbook defaults. Each `burnrate` condition becomes a multi-window
 * rule: long window = `lookbackWindow`, short window = 1/12 of it (Workbook
 * practice), threshold as written. Severity `page` (any case) pages; any
 * other severity opens a ticket. Policies with `alertWhenBreaching: false`
 * never fire on a breach and are skipped; `alertAfter` needs alert history
 * and is left to the alerting system.
 * @public
 */
export function burnAlertRulesFromOpenSlo(
  policies: readonly OpenSloAlertPolicy[],
): SloBurnAlertRule[] {
  return policies
    .filter(policy => policy.alertWhenBreaching)
    .flatMap(policy => policy.conditions)
    .flatMap(condition => {
      const longWindowMs = fixedDurationMs(condition.lookbackWindow);
      if (longWindowMs === undefined) return [];
      const shortWindowMs = longWindowMs / SHORT_WINDOW_DIVISOR;
      return [
        {
          severity:
            condition.severity.toLowerCase() === 'page' ? 'page' : 'ticket',
          longWindow: condition.lookbackWindow.text,
          longWindowMs,
          shortWindow: windowLabel(shortWindowMs),
          shortWindowMs,
          burnRateThreshold: condition.threshold,
        } satisfies SloBurnAlertRule,
      ];
    });
}
