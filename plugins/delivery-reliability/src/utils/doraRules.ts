import {
  DoraMetricName,
  DoraTierBounds,
  DoraTierTable,
  DoraTierTableRef,
  isDoraTierTableYear,
  getDoraTierTable,
  LeadTimeStart,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDuration } from './formatDuration';

/**
 * How each metric is counted, paraphrasing DESIGN.md "Metric definitions".
 * `{start}` stands for where lead time starts in the report at hand.
 */
export const DORA_METRIC_RULES: Readonly<Record<DoraMetricName, string>> = {
  deploymentFrequency:
    'Production deployments (succeeded, to a production environment; rollbacks included) that finished in the window, and that count per day.',
  leadTimeForChanges:
    "For each change whose first production deployment finished in the window: that deployment's finish − the change's {start}. Median (p50) and p90, nearest rank.",
  changeFailureRate:
    'Failed ÷ all production deployments finished in the window. A deployment failed when a later rollback reverts it or at least one incident is attributed to it (named by the incident, else the latest deployment before it started).',
  failedDeploymentRecoveryTime:
    'For each failed production deployment finished in the window: from the earliest start to the latest resolution of its attributed incidents (skipped while one is open), else from its finish to the finish of the rollback that reverts it. Median (p50), nearest rank.',
  deploymentReworkRate:
    'Unplanned ÷ all production deployments finished in the window; unplanned = a rollback, marked hotfix, or named by an incident as its fix (DORA 2024).',
};

/** Where lead time starts, in words, for rules and column hints. */
export const LEAD_TIME_START_LABELS: Readonly<Record<LeadTimeStart, string>> = {
  firstCommit: 'first commit',
  prOpened: 'pull request opening (first commit when unknown)',
  merged: 'merge (first commit when unknown)',
};

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** A bound of deployments per day in words: `once a week`, `once every 180 days`. */
function frequencyText(perDay: number) {
  if (perDay >= 1) return perDay === 1 ? 'once a day' : `${perDay} a day`;
  const days = Math.round(1 / perDay);
  if (days === 7) return 'once a week';
  if (days === 30) return 'once a month (30 d)';
  return `once every ${days} days`;
}

/** A bound in seconds in the largest whole unit: `1 week`, `30 days`, `1 hour`. */
function durationText(seconds: number) {
  const units: Array<[number, string]> = [
    [WEEK, 'week'],
    [DAY, 'day'],
    [HOUR, 'hour'],
  ];
  for (const [size, name] of units) {
    const count = seconds / size;
    // Weeks only up to four: "30 days", not "4.3 weeks"; "180 days", not "25.7".
    if (Number.isInteger(count) && (size !== WEEK || count <= 4)) {
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return formatDuration(seconds);
}

function boundsText(
  bounds: DoraTierBounds,
  comparison: string,
  format: (bound: number) => string,
) {
  const parts = (['elite', 'high', 'medium'] as const)
    .filter(tier => bounds[tier] !== null)
    .map(tier => `${tier} ${comparison} ${format(bounds[tier]!)}`);
  const noElite = bounds.elite === null ? ' (no elite tier)' : '';
  return `${parts.join(', ')}, else low${noElite}`;
}

/**
 * The tier thresholds of one metric under a table, as a sentence; a note
 * instead for rework rate, which DORA publishes without tiers.
 */
export function doraTierThresholdsText(
  metric: DoraMetricName,
  table: DoraTierTable,
): string {
  const percent = (ratio: number) => `${Number((ratio * 100).toFixed(1))} %`;
  const prefix = `Tiers (DORA ${table.year}): `;
  switch (metric) {
    case 'deploymentFrequency':
      return `${prefix}${boundsText(
        table.deploymentFrequencyPerDay,
        '≥',
        frequencyText,
      )}.`;
    case 'leadTimeForChanges':
      return `${prefix}p50 ${boundsText(
        table.leadTimeSeconds,
        '<',
        durationText,
      )}.`;
    case 'changeFailureRate':
      return `${prefix}${boundsText(table.changeFailureRatio, '≤', percent)}.`;
    case 'failedDeploymentRecoveryTime':
      return `${prefix}p50 ${boundsText(
        table.recoveryTimeSeconds,
        '<',
        durationText,
      )}.`;
    default:
      return 'No tiers: DORA publishes rework rate without performance clusters.';
  }
}

/**
 * The full rule shown on hover: how the metric is counted, then the tier
 * thresholds of the table the response used (omitted if the frontend does
 * not know that table).
 */
export function doraRuleText(
  metric: DoraMetricName,
  rules: { tierTable: DoraTierTableRef; leadTimeStart?: LeadTimeStart },
): string {
  const rule = DORA_METRIC_RULES[metric].replace(
    '{start}',
    LEAD_TIME_START_LABELS[rules.leadTimeStart ?? 'firstCommit'],
  );
  const year = rules.tierTable.year;
  if (!isDoraTierTableYear(year)) return rule;
  return `${rule} ${doraTierThresholdsText(metric, getDoraTierTable(year))}`;
}
