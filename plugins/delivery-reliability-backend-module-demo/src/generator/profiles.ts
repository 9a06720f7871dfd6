/**
 * Delivery profiles of the demo services: one small parameter table each, so
 * the team comparison page shows clearly different speed and stability.
 */

/** Names accepted by `deliveryReliability.demo.services[].profile`. @public */
export type DemoProfileName = 'fast-steady' | 'slow' | 'fast-flaky';

/** All profile names, for config validation. @public */
export const DEMO_PROFILE_NAMES: readonly DemoProfileName[] = [
  'fast-steady',
  'slow',
  'fast-flaky',
];

/**
 * How a deployment that breaks production shows up and is fixed:
 * `rollback` (rolled back before anyone opened an incident),
 * `rollback-incident` (incident, then rollback), `incident-hotfix` (incident
 * fixed by a hotfix deployment), `incident` (fixed without a deployment).
 * @public
 */
export type FailureMode =
  | 'rollback'
  | 'rollback-incident'
  | 'incident-hotfix'
  | 'incident';

/** Incident severities, most severe first. @public */
export type DemoSeverity = 'sev1' | 'sev2' | 'sev3' | 'sev4';

/** Parameters of one delivery profile. Ranges are inclusive `[min, max]`. @public */
export interface DemoProfile {
  /**
   * Mean planned production deployments per UTC weekday, Sunday first. Below
   * one a day there is at most one (a release train); above, Poisson.
   */
  deploysPerDay: [number, number, number, number, number, number, number];
  /** Changes shipped by one planned deployment. */
  changesPerDeploy: [number, number];
  /** First commit → production, log-normal: median, spread, clamp. */
  leadTimeMedianHours: number;
  leadTimeSigma: number;
  leadTimeRangeHours: [number, number];
  /** Staging finishes this long before production starts. */
  stagingGapMinutes: [number, number];
  /** Run time of one deployment. */
  deployDurationMinutes: [number, number];
  /** Share of planned deployments preceded by a `status: failed` attempt. */
  pipelineFailureShare: number;
  /** Share of planned deployments that break production (drives CFR). */
  badDeployShare: number;
  /** Relative weights of how a bad deployment shows up. */
  failureModes: Record<FailureMode, number>;
  /** Time to recover from a bad deployment, log-normal: median, spread, clamp. */
  recoveryMedianMinutes: number;
  recoverySigma: number;
  recoveryRangeMinutes: [number, number];
  /** Share of rollbacks that name the deployment they revert (`rollsBack`). */
  rollbackNamesTargetShare: number;
  /** Share of incidents that name their deployment (`deploymentId`). */
  incidentNamesDeploymentShare: number;
  /** Share of `incident`-mode incidents that linger 1–3 days (slow burners). */
  lingeringIncidentShare: number;
  /** Share of good planned deployments flagged `hotfix` (urgent, not broken). */
  plannedHotfixShare: number;
  /** Relative weights of incident severities. */
  severityWeights: Record<DemoSeverity, number>;
}

const HOUR_MINUTES = 60;
const DAY_HOURS = 24;

/** The parameter table of every profile. @public */
export const DEMO_PROFILES: Record<DemoProfileName, DemoProfile> = {
  // Several deploys a day, small changes, rarely breaks, fixed within the hour.
  'fast-steady': {
    deploysPerDay: [1, 6, 6, 6, 6, 6, 1],
    changesPerDeploy: [1, 3],
    leadTimeMedianHours: 4,
    leadTimeSigma: 0.6,
    leadTimeRangeHours: [1, 48],
    stagingGapMinutes: [15, 60],
    deployDurationMinutes: [3, 12],
    pipelineFailureShare: 0.05,
    badDeployShare: 0.045,
    failureModes: {
      rollback: 0.45,
      'rollback-incident': 0.15,
      'incident-hotfix': 0.2,
      incident: 0.2,
    },
    recoveryMedianMinutes: 25,
    recoverySigma: 0.5,
    recoveryRangeMinutes: [8, 3 * HOUR_MINUTES],
    rollbackNamesTargetShare: 0.6,
    incidentNamesDeploymentShare: 0.6,
    lingeringIncidentShare: 0.1,
    plannedHotfixShare: 0.01,
    severityWeights: { sev1: 0.05, sev2: 0.2, sev3: 0.45, sev4: 0.3 },
  },
  // Release trains: one or two big deploys a week, weeks of lead time,
  // breaks more often and takes hours to days to recover.
  slow: {
    // Release trains on Tuesday and Thursday that sometimes do not leave.
    deploysPerDay: [0, 0, 0.55, 0, 0.55, 0, 0],
    changesPerDeploy: [4, 12],
    leadTimeMedianHours: 14 * DAY_HOURS,
    leadTimeSigma: 0.35,
    leadTimeRangeHours: [6 * DAY_HOURS, 28 * DAY_HOURS],
    stagingGapMinutes: [
      1 * DAY_HOURS * HOUR_MINUTES,
      3 * DAY_HOURS * HOUR_MINUTES,
    ],
    deployDurationMinutes: [20, 60],
    pipelineFailureShare: 0.1,
    badDeployShare: 0.17,
    failureModes: {
      rollback: 0.2,
      'rollback-incident': 0.2,
      'incident-hotfix': 0.3,
      incident: 0.3,
    },
    recoveryMedianMinutes: 8 * HOUR_MINUTES,
    recoverySigma: 0.9,
    recoveryRangeMinutes: [HOUR_MINUTES, 3 * DAY_HOURS * HOUR_MINUTES],
    rollbackNamesTargetShare: 0.5,
    incidentNamesDeploymentShare: 0.5,
    lingeringIncidentShare: 0.3,
    plannedHotfixShare: 0.02,
    severityWeights: { sev1: 0.1, sev2: 0.3, sev3: 0.4, sev4: 0.2 },
  },
  // Ships daily, but a quarter of deploys need a rollback or hotfix.
  'fast-flaky': {
    deploysPerDay: [0.5, 4, 4, 4, 4, 4, 0.5],
    changesPerDeploy: [1, 2],
    leadTimeMedianHours: 6,
    leadTimeSigma: 0.7,
    leadTimeRangeHours: [1, 22],
    stagingGapMinutes: [10, 40],
    deployDurationMinutes: [3, 10],
    pipelineFailureShare: 0.15,
    badDeployShare: 0.3,
    failureModes: {
      rollback: 0.35,
      'rollback-incident': 0.15,
      'incident-hotfix': 0.35,
      incident: 0.15,
    },
    recoveryMedianMinutes: 90,
    recoverySigma: 0.8,
    recoveryRangeMinutes: [10, 12 * HOUR_MINUTES],
    rollbackNamesTargetShare: 0.5,
    incidentNamesDeploymentShare: 0.6,
    lingeringIncidentShare: 0.2,
    plannedHotfixShare: 0.05,
    severityWeights: { sev1: 0.1, sev2: 0.3, sev3: 0.4, sev4: 0.2 },
  },
};
