/**
 * One planned production deployment with everything around it: its changes,
 * the staging deployment before it, an occasional failed pipeline attempt,
 * and when it breaks production the incident, rollback or hotfix after it.
 */
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { MINUTE_MS, dayKey, sampleWorkTime, toTimestamp } from './calendar';
import { buildBreakage } from './breakage';
import { buildChanges } from './changes';
import { plannedVersion } from './dayPlan';
import { Random, chance, seededRandom, uniform, weightedPick } from './prng';
import { DeploymentSlot, DeploymentUnit } from './slot';

const minutes = (random: Random, [min, max]: [number, number]) =>
  uniform(random, min, max) * MINUTE_MS;

/** Builds the events of one planned production deployment slot. @public */
export function buildDeploymentUnit(slot: DeploymentSlot): DeploymentUnit {
  const { stream, dayStartMs, index, startMs } = slot;
  const { profile, entityRef } = stream;
  const random = seededRandom(
    stream.seed,
    entityRef,
    dayStartMs,
    'unit',
    index,
  );
  const idBase = `demo-${slot.slug}-${dayKey(dayStartMs)}-${index + 1}`;
  const version = plannedVersion(stream, dayStartMs, index);
  const durationMs = minutes(random, profile.deployDurationMinutes);
  const prodFinishMs = startMs + durationMs;

  const [gapMin, gapMax] = profile.stagingGapMinutes;
  const stagingFinishMs = sampleWorkTime(
    random,
    startMs - gapMax * MINUTE_MS,
    startMs - gapMin * MINUTE_MS,
  );
  const stagingStartMs = stagingFinishMs - durationMs;
  const changes = buildChanges(
    random,
    slot,
    idBase,
    prodFinishMs,
    stagingStartMs,
  );
  const changeIds = changes.map(c => c.id);
  const common = { type: 'deployment', entityRef, changeIds, version } as const;

  const events: DeliveryEvent[] = [
    ...changes,
    {
      ...common,
      id: `${idBase}-staging`,
      environment: 'staging',
      status: 'succeeded',
      startedAt: toTimestamp(stagingStartMs),
      finishedAt: toTimestamp(stagingFinishMs),
    },
  ];
  if (chance(random, profile.pipelineFailureShare)) {
    // A failed attempt is not a production deployment: the retry below is.
    const gapMs = startMs - stagingFinishMs;
    events.push({
      ...common,
      id: `${idBase}-attempt`,
      environment: 'production',
      status: 'failed',
      startedAt: toTimestamp(stagingFinishMs + 0.2 * gapMs),
      finishedAt: toTimestamp(stagingFinishMs + 0.5 * gapMs),
    });
  }
  const prodId = idBase;
  events.push({
    ...common,
    id: prodId,
    environment: 'production',
    status: 'succeeded',
    startedAt: toTimestamp(startMs),
    finishedAt: toTimestamp(prodFinishMs),
    ...(chance(random, profile.plannedHotfixShare) ? { hotfix: true } : {}),
  });

  let busyUntilMs = prodFinishMs;
  if (chance(random, profile.badDeployShare)) {
    const mode = weightedPick(random, profile.failureModes);
    const breakage = buildBreakage(
      { slot, random, idBase, prodId, prodFinishMs, version, durationMs },
      mode,
    );
    events.push(...breakage.events);
    busyUntilMs = breakage.endMs;
  }
  return { events, busyUntilMs };
}
