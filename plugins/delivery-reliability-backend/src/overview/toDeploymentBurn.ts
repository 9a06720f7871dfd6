import {
  DeploymentBurn,
  DeploymentSloBurn,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { ProductionDeployment } from './listProductionDeployments';
import { HOUR_MS } from './objectiveBurns';

/** The start of the evaluation step containing `ms`. @internal */
export const stepStart = (ms: number, stepMs: number) =>
  Math.floor(ms / stepMs) * stepMs;

/** The SLO with the largest delta, when any has one. */
function worstOf(slos: readonly DeploymentSloBurn[]): DeploymentBurn['worst'] {
  let worst: DeploymentBurn['worst'] = null;
  for (const { sloId, name, deltaRatio } of slos) {
    if (deltaRatio === null) continue;
    if (worst === null || deltaRatio > worst.deltaRatio) {
      worst = { sloId, name, deltaRatio };
    }
  }
  return worst;
}

/**
 * One deployment of the response: it burned when any objective did, and
 * is complete once the hour after it has ended on every objective's step
 * grid (`stepsMs`, one per objective, or the default step without SLOs).
 * @internal
 */
export function toDeploymentBurn(
  deployment: ProductionDeployment,
  slos: DeploymentSloBurn[],
  stepsMs: readonly number[],
  nowMs: number,
): DeploymentBurn {
  return {
    deploymentId: deployment.id,
    finishedAt: new Date(deployment.finishedAtMs).toISOString(),
    ...(deployment.version !== undefined && { version: deployment.version }),
    environment: deployment.environment,
    burned: slos.some(s => s.burned),
    complete: stepsMs.every(
      stepMs => stepStart(deployment.finishedAtMs, stepMs) + HOUR_MS <= nowMs,
    ),
    worst: worstOf(slos),
    slos,
  };
}
