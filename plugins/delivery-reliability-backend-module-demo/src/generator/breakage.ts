/**
 * What follows a deployment that breaks production: an incident, a rollback
 * or a hotfix, per the profile's failure modes and recovery times.
 */
import {
  ChangeEvent,
  DeliveryEvent,
  DeploymentEvent,
  IncidentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DAY_MS, MINUTE_MS, toTimestamp } from './calendar';
import { previousVersion } from './dayPlan';
import { incidentDetails } from './incidentDetails';
import { FailureMode } from './profiles';
import { Random, chance, logNormal, uniform } from './prng';
import { DeploymentSlot, MAX_FOLLOW_UP_MS } from './slot';

/** A deployment that broke production. @public */
export interface Breakage {
  slot: DeploymentSlot;
  random: Random;
  idBase: string;
  prodId: string;
  prodFinishMs: number;
  version: string;
  durationMs: number;
}

function buildIncident(
  b: Breakage,
  startMs: number,
  resolvedMs: number,
): IncidentEvent {
  const { stream, service } = b.slot;
  const id = `${b.idBase}-incident`;
  const named = chance(b.random, stream.profile.incidentNamesDeploymentShare);
  return {
    type: 'incident',
    id,
    entityRef: stream.entityRef,
    environment: 'production',
    ...incidentDetails(b.random, stream.profile, id, service, b.version),
    startedAt: toTimestamp(startMs),
    resolvedAt: toTimestamp(resolvedMs),
    // Without an id the backend attributes it by time to the same deployment.
    ...(named ? { deploymentId: b.prodId } : {}),
  };
}

function buildRollback(
  b: Breakage,
  finishMs: number,
  delayMs: number,
): DeploymentEvent {
  const { stream, dayStartMs, index } = b.slot;
  const named = chance(b.random, stream.profile.rollbackNamesTargetShare);
  return {
    type: 'deployment',
    id: `${b.idBase}-rollback`,
    entityRef: stream.entityRef,
    environment: 'production',
    status: 'succeeded',
    startedAt: toTimestamp(finishMs - Math.min(b.durationMs, delayMs / 2)),
    finishedAt: toTimestamp(finishMs),
    rollback: true,
    // Without `rollsBack` the default (latest earlier deployment) is the same one.
    ...(named ? { rollsBack: b.prodId } : {}),
    version: previousVersion(stream, dayStartMs, index),
  };
}

function buildHotfix(
  b: Breakage,
  incidentStartMs: number,
  finishMs: number,
): DeliveryEvent[] {
  const { entityRef } = b.slot.stream;
  const windowMs = finishMs - incidentStartMs;
  const startMs = finishMs - Math.min(b.durationMs, windowMs / 4);
  const fixWindowMs = startMs - incidentStartMs;
  const fixChange: ChangeEvent = {
    type: 'change',
    id: `${b.idBase}-fix`,
    entityRef,
    firstCommitAt: toTimestamp(incidentStartMs + 0.15 * fixWindowMs),
    prOpenedAt: toTimestamp(incidentStartMs + 0.45 * fixWindowMs),
    mergedAt: toTimestamp(incidentStartMs + 0.8 * fixWindowMs),
  };
  const hotfix: DeploymentEvent = {
    type: 'deployment',
    id: `${b.idBase}-hotfix`,
    entityRef,
    environment: 'production',
    status: 'succeeded',
    startedAt: toTimestamp(startMs),
    finishedAt: toTimestamp(finishMs),
    changeIds: [fixChange.id],
    hotfix: true,
    version: `${b.version}+hotfix.1`,
  };
  return [fixChange, hotfix];
}

/**
 * Events after a bad deployment, per failure mode, and when the last
 * deployment among them ends.
 * @public
 */
export function buildBreakage(b: Breakage, mode: FailureMode) {
  const { profile } = b.slot.stream;
  const recoveryMs =
    logNormal(
      b.random,
      profile.recoveryMedianMinutes,
      profile.recoverySigma,
      ...profile.recoveryRangeMinutes,
    ) * MINUTE_MS;
  const followUpMs = Math.min(
    Math.max(recoveryMs, 8 * MINUTE_MS),
    MAX_FOLLOW_UP_MS,
  );
  const detectMs =
    uniform(b.random, 2, Math.min(20, (0.4 * followUpMs) / MINUTE_MS)) *
    MINUTE_MS;
  const incidentStartMs = b.prodFinishMs + detectMs;
  const settleMs = uniform(b.random, 2, 20) * MINUTE_MS;
  const followUpFinishMs = b.prodFinishMs + followUpMs;

  switch (mode) {
    case 'rollback':
      return {
        events: [buildRollback(b, followUpFinishMs, followUpMs)],
        endMs: followUpFinishMs,
      };
    case 'rollback-incident':
      return {
        events: [
          buildIncident(b, incidentStartMs, followUpFinishMs + settleMs),
          buildRollback(b, followUpFinishMs, followUpMs),
        ],
        endMs: followUpFinishMs,
      };
    case 'incident-hotfix': {
      const [fixChange, hotfix] = buildHotfix(
        b,
        incidentStartMs,
        followUpFinishMs,
      );
      const incident = buildIncident(
        b,
        incidentStartMs,
        followUpFinishMs + settleMs,
      );
      incident.fixedByDeploymentId = hotfix.id;
      return { events: [incident, fixChange, hotfix], endMs: followUpFinishMs };
    }
    default: {
      // Fixed without a deployment (config change, scaling); a few linger for
      // days, which is what makes an open incident show up now and then.
      const lingering = chance(b.random, profile.lingeringIncidentShare);
      const durationMs = lingering
        ? uniform(b.random, 1, 3) * DAY_MS
        : recoveryMs;
      return {
        events: [
          buildIncident(b, incidentStartMs, incidentStartMs + durationMs),
        ],
        endMs: incidentStartMs,
      };
    }
  }
}
