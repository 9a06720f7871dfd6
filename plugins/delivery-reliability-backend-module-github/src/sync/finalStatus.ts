import { DeploymentStatus } from '@delivery-reliability/plugin-delivery-reliability-common';
import { GithubDeploymentStatus, isDeploymentStatus } from '../github/shapes';

/** Final GitHub states and what they mean for the event. */
const FINAL: Record<string, DeploymentStatus> = {
  success: 'succeeded',
  failure: 'failed',
  error: 'failed',
};

/** Outcome of a deployment's statuses. @internal */
export type DeploymentOutcome =
  | { final: true; status: DeploymentStatus; at: GithubDeploymentStatus }
  | { final: false };

/**
 * The newest final status (success, failure, error). Later `inactive`
 * statuses, which GitHub adds when a newer deployment replaces this one, do
 * not change the outcome; queued, pending and in_progress wait for more.
 * @internal
 */
export function deploymentOutcome(statuses: unknown[]): DeploymentOutcome {
  const valid = statuses.filter(isDeploymentStatus);
  const newestFirst = [...valid].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at),
  );
  const final = newestFirst.find(s => FINAL[s.state]);
  return final
    ? { final: true, status: FINAL[final.state], at: final }
    : { final: false };
}
