/**
 * The changes a planned deployment ships: committed, reviewed and merged
 * before staging picks them up, with the profile's lead time.
 */
import { ChangeEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { HOUR_MS, MINUTE_MS, sampleWorkTime, toTimestamp } from './calendar';
import { Random, integer, logNormal, uniform } from './prng';
import { DeploymentSlot } from './slot';

/** Changes of the deployment `idBase` finishing at `prodFinishMs`. @public */
export function buildChanges(
  random: Random,
  slot: DeploymentSlot,
  idBase: string,
  prodFinishMs: number,
  stagingStartMs: number,
): ChangeEvent[] {
  const { profile, entityRef } = slot.stream;
  const count = integer(random, ...profile.changesPerDeploy);
  return Array.from({ length: count }, (_, k) => {
    const leadTimeMs =
      logNormal(
        random,
        profile.leadTimeMedianHours,
        profile.leadTimeSigma,
        ...profile.leadTimeRangeHours,
      ) * HOUR_MS;
    // Work must be merged before staging picks it up.
    const firstCommitMs = Math.min(
      prodFinishMs - leadTimeMs,
      stagingStartMs - 30 * MINUTE_MS,
    );
    const mergeDeadlineMs = stagingStartMs - 5 * MINUTE_MS;
    const mergedMs = sampleWorkTime(
      random,
      firstCommitMs + 0.5 * (mergeDeadlineMs - firstCommitMs),
      mergeDeadlineMs,
    );
    const span = mergedMs - firstCommitMs;
    const prOpenedMs = uniform(
      random,
      firstCommitMs + 0.1 * span,
      firstCommitMs + 0.6 * span,
    );
    return {
      type: 'change',
      id: `${idBase}-change-${k + 1}`,
      entityRef,
      firstCommitAt: toTimestamp(firstCommitMs),
      prOpenedAt: toTimestamp(prOpenedMs),
      mergedAt: toTimestamp(mergedMs),
    };
  });
}
