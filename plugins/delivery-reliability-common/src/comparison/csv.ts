/**
 * The comparison table as CSV (RFC 4180), shared by the backend's
 * `/v1/comparison.csv` and the page's export button so both give the same file.
 */
import { ComparisonService, ComparisonTeam } from './api';

type Row = ComparisonTeam | ComparisonService;
type Cell = string | number | null | undefined;

/** Rounds for a spreadsheet: no binary noise like `0.30000000000000004`. */
const fixed = (value: number | null, digits: number): Cell =>
  value === null ? null : Number(value.toFixed(digits));
const hours = (seconds: number | null) =>
  fixed(seconds === null ? null : seconds / 3600, 2);
const percent = (ratio: number | null) =>
  fixed(ratio === null ? null : ratio * 100, 1);

const COLUMNS: ReadonlyArray<[string, (row: Row) => Cell]> = [
  ['kind', r => r.kind],
  ['entityRef', r => r.entityRef],
  ['title', r => r.title],
  // A team's "owner" is its parent group: the column keeps the hierarchy.
  ['owner', r => (r.kind === 'group' ? r.parentRef : r.ownerRef)],
  ['system', r => (r.kind === 'group' ? null : r.systemRef)],
  ['deployments', r => r.dora.deploymentFrequency.deployments],
  ['deploymentsPerDay', r => fixed(r.dora.deploymentFrequency.perDay, 3)],
  ['deploymentFrequencyTier', r => r.dora.deploymentFrequency.tier],
  ['leadTimeP50Hours', r => hours(r.dora.leadTimeForChanges.p50Seconds)],
  ['leadTimeTier', r => r.dora.leadTimeForChanges.tier],
  ['changeFailureRatePercent', r => percent(r.dora.changeFailureRate.ratio)],
  ['changeFailureRateTier', r => r.dora.changeFailureRate.tier],
  [
    'recoveryP50Hours',
    r => hours(r.dora.failedDeploymentRecoveryTime.p50Seconds),
  ],
  ['recoveryTier', r => r.dora.failedDeploymentRecoveryTime.tier],
  ['reworkRatePercent', r => percent(r.dora.deploymentReworkRate.ratio)],
  ['slos', r => r.slo.objectives],
  ['slosWithData', r => r.slo.withData],
  ['slosMet', r => r.slo.met],
  ['sloAttainmentPercent', r => percent(r.slo.attainmentRatio)],
  ['frozen', r => r.slo.statusCounts.frozen],
  ['atRisk', r => r.slo.statusCounts['at-risk']],
  ['noData', r => r.slo.statusCounts['no-data']],
  ['ok', r => r.slo.statusCounts.ok],
  ['gate', r => r.gate.decision ?? 'none'],
  ['verdict', r => r.verdict.kind],
  ['verdictHeadline', r => r.verdict.headline],
];

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The comparison rows as CSV (RFC 4180: `\r\n` line ends, fields with a
 * comma, quote or line break quoted, quotes doubled), a header row first and
 * one line per team or service in the order given. Durations are in hours
 * (2 decimals), ratios in percent (1 decimal), deployments per day with 3
 * decimals; `null` is an empty cell. `owner` is the owning group of a service
 * and the parent group of a team; `gate` is `allow`, `deny` or `none` (no SLOs).
 * @public
 */
export function toComparisonCsv(
  rows: ReadonlyArray<ComparisonTeam | ComparisonService>,
): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) {
    lines.push(COLUMNS.map(([, cell]) => field(cell(row))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
