import { Config } from '@backstage/config';
import {
  DEFAULT_VERDICT_THRESHOLDS,
  DoraTier,
  SloBudgetStatus,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** The verdict's thresholds and the deployment-burn threshold, as configured. @internal */
export interface VerdictSettings {
  thresholds: VerdictThresholds;
  /**
   * A deployment burned budget when the hour after it consumed at least
   * this share of the SLO period's budget more than the hour before.
   */
  deploymentBurnThresholdRatio: number;
}

/**
 * Default deployment-burn threshold: 0.5 % of the period's budget in one
 * hour, i.e. a burn rate of 0.005 × 672 ≈ 3.4 on a 28-day SLO — well above
 * steady spending (rate 1), well below a page (14.4).
 * @internal
 */
export const DEFAULT_DEPLOYMENT_BURN_THRESHOLD_RATIO = 0.005;

const KEY = 'deliveryReliability.verdict';
const TIERS: readonly DoraTier[] = ['elite', 'high', 'medium', 'low'];
// `ok` can never make stability poor, so it is not offered.
const STATUSES: readonly SloBudgetStatus[] = ['frozen', 'at-risk', 'no-data'];

function invalid(key: string, rule: string, value: unknown): Error {
  return new Error(
    `Invalid config ${KEY}.${key}: ${rule}, got ${JSON.stringify(value)}`,
  );
}

function readChoices<T extends string>(
  config: Config,
  key: string,
  allowed: readonly T[],
  fallback: readonly T[],
): T[] {
  const values = config.getOptionalStringArray(`${KEY}.${key}`);
  if (values === undefined) return [...fallback];
  const unknown = values.filter(v => !allowed.includes(v as T));
  if (unknown.length > 0) {
    throw invalid(
      key,
      `each entry must be one of ${allowed.join(', ')}`,
      unknown,
    );
  }
  return [...new Set(values as T[])];
}

function readRatio(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(`${KEY}.${key}`) ?? fallback;
  if (!(value >= 0 && value <= 1)) {
    throw invalid(key, 'must be a ratio between 0 and 1 (0.15 = 15 %)', value);
  }
  return value;
}

/**
 * Reads `deliveryReliability.verdict.*` (see config.d.ts), defaults from
 * `DEFAULT_VERDICT_THRESHOLDS`. Called once at start-up: a bad value stops
 * the backend with a message naming the key.
 * @internal
 */
export function readVerdictSettings(config: Config): VerdictSettings {
  const defaults = DEFAULT_VERDICT_THRESHOLDS;
  const minKey = 'minDeploymentsForChangeFailureRate';
  const minDeployments =
    config.getOptionalNumber(`${KEY}.${minKey}`) ??
    defaults.minDeploymentsForChangeFailureRate;
  if (!Number.isInteger(minDeployments) || minDeployments < 1) {
    throw invalid(minKey, 'must be a whole number ≥ 1', minDeployments);
  }
  return {
    thresholds: {
      slowTiers: readChoices(config, 'slowTiers', TIERS, defaults.slowTiers),
      maxChangeFailureRatio: readRatio(
        config,
        'maxChangeFailureRatio',
        defaults.maxChangeFailureRatio,
      ),
      minDeploymentsForChangeFailureRate: minDeployments,
      unstableBudgetStatuses: readChoices(
        config,
        'unstableBudgetStatuses',
        STATUSES,
        defaults.unstableBudgetStatuses,
      ),
    },
    deploymentBurnThresholdRatio: readRatio(
      config,
      'deploymentBurnThresholdRatio',
      DEFAULT_DEPLOYMENT_BURN_THRESHOLD_RATIO,
    ),
  };
}
