import {
  DeploymentBurn,
  DeploymentBurnResponse,
  DeploymentSloBurn,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * Hand-built burn answers (not imported by production code), for the SLOs
 * of `../../testData/slo` and the deployments of
 * `../../testData/reliabilityEvents`. A deployment burned budget when the
 * hour after consumed ≥ 2 % of the SLO period's budget more than the hour
 * before.
 */

function slo(
  sloId: string,
  name: string,
  beforeRatio: number | null,
  afterRatio: number | null,
  burned: boolean,
): DeploymentSloBurn {
  return {
    sloId,
    name,
    before: { good: 1000, total: 1000, budgetConsumedRatio: beforeRatio },
    after: { good: 1000, total: 1000, budgetConsumedRatio: afterRatio },
    deltaRatio:
      beforeRatio === null || afterRatio === null
        ? null
        : afterRatio - beforeRatio,
    burned,
  };
}

/** 2.4.0: availability went from 0.4 % to 3.2 % (+2.8 % ≥ 2 %): burned. */
export const burnedDeployment: DeploymentBurn = {
  deploymentId: 'dep-12',
  finishedAt: '2024-04-25T10:00:00Z',
  version: '2.4.0',
  environment: 'production',
  burned: true,
  complete: true,
  worst: {
    sloId: 'availability',
    name: 'Checkout availability',
    deltaRatio: 0.028,
  },
  slos: [
    slo('availability', 'Checkout availability', 0.004, 0.032, true),
    slo('latency#1', 'Checkout latency', 0.01, 0.012, false),
  ],
};

/** 2.3.0: availability 1.8 % → 2.6 % (+0.8 %): below the threshold. */
export const quietDeployment: DeploymentBurn = {
  deploymentId: 'dep-11',
  finishedAt: '2024-04-10T10:00:00Z',
  version: '2.3.0',
  environment: 'production',
  burned: false,
  complete: true,
  worst: {
    sloId: 'availability',
    name: 'Checkout availability',
    deltaRatio: 0.008,
  },
  slos: [slo('availability', 'Checkout availability', 0.018, 0.026, false)],
};

/** 2.5.0 finished 20 minutes ago: its hour after is not over yet. */
export const incompleteDeployment: DeploymentBurn = {
  deploymentId: 'dep-13',
  finishedAt: '2024-04-30T11:40:00Z',
  burned: false,
  complete: false,
  version: '2.5.0',
  environment: 'production',
  worst: {
    sloId: 'availability',
    name: 'Checkout availability',
    deltaRatio: 0.001,
  },
  slos: [slo('availability', 'Checkout availability', 0.002, 0.003, false)],
};

/** A deployment whose SLOs had no data in the hour before: nothing to compare. */
export const unmeasuredDeployment: DeploymentBurn = {
  deploymentId: 'dep-9',
  finishedAt: '2024-04-05T10:00:00Z',
  environment: 'production',
  burned: false,
  complete: true,
  worst: null,
  slos: [slo('availability', 'Checkout availability', null, 0.001, false)],
};

/** A response over the availability SLO's window, newest first. */
export function burnResponse(
  deployments: DeploymentBurn[] = [
    incompleteDeployment,
    burnedDeployment,
    quietDeployment,
    unmeasuredDeployment,
  ],
): DeploymentBurnResponse {
  return {
    entityRef: 'component:default/checkout',
    window: {
      from: '2024-04-03T12:00:00.000Z',
      to: '2024-05-01T12:00:00.000Z',
      days: 28,
    },
    thresholdRatio: 0.02,
    deployments: structuredClone(deployments),
  };
}
