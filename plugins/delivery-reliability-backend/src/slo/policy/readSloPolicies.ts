import { Config, ConfigReader } from '@backstage/config';
import {
  ReleaseChangeType,
  SloErrorBudgetPolicy,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { isEntityRef, normalizeEntityRef } from '../../ingestion/entityRef';

/** The error-budget policy of each entity, read once at start-up. @internal */
export interface SloPolicies {
  /** The entity's policy: its own fields over the default policy's. */
  forEntity(entityRef: string): SloErrorBudgetPolicy;
}

const CHANGE_TYPES: readonly ReleaseChangeType[] = [
  'feature',
  'hotfix',
  'security',
];
const KEY = 'deliveryReliability.slo';

function readPolicy(config: Config, key: string): SloErrorBudgetPolicy {
  const policy: SloErrorBudgetPolicy = {};
  const ratio = config.getOptionalNumber('atRiskBelowRatio');
  if (ratio !== undefined) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new Error(
        `Invalid config ${key}.atRiskBelowRatio: must be a share of the budget between 0 and 1 (e.g. 0.25), got ${ratio}`,
      );
    }
    policy.atRiskBelowRatio = ratio;
  }
  const exempt = config.getOptionalStringArray('freezeExemptChangeTypes');
  if (exempt !== undefined) {
    exempt.forEach((type, i) => {
      if (!CHANGE_TYPES.includes(type as ReleaseChangeType)) {
        throw new Error(
          `Invalid config ${key}.freezeExemptChangeTypes[${i}]: "${type}"; use one of ${CHANGE_TYPES.join(
            ', ',
          )}`,
        );
      }
    });
    policy.freezeExemptChangeTypes = exempt as ReleaseChangeType[];
  }
  const denyOnNoData = config.getOptionalBoolean('denyOnNoData');
  if (denyOnNoData !== undefined) policy.denyOnNoData = denyOnNoData;
  return policy;
}

/**
 * Reads `deliveryReliability.slo.policy` and `.policies[]` (config.d.ts).
 * Bad values stop the backend at start-up with a message naming the key:
 * a gate that silently fell back to defaults would let frozen releases out.
 * @internal
 */
export function readSloPolicies(config: Config): SloPolicies {
  const defaults = readPolicy(
    // An absent `policy` block reads like an empty one.
    config.getOptionalConfig(`${KEY}.policy`) ?? new ConfigReader({}),
    `${KEY}.policy`,
  );
  const byEntity = new Map<string, SloErrorBudgetPolicy>();
  (config.getOptionalConfigArray(`${KEY}.policies`) ?? []).forEach(
    (entry, i) => {
      const key = `${KEY}.policies[${i}]`;
      const raw = entry.getString('entityRef');
      if (!isEntityRef(raw)) {
        throw new Error(
          `Invalid config ${key}.entityRef: must be an entity ref like component:default/checkout, got "${raw}"`,
        );
      }
      const entityRef = normalizeEntityRef(raw);
      if (byEntity.has(entityRef)) {
        throw new Error(
          `Invalid config ${key}.entityRef: ${entityRef} already has a policy; merge the two entries`,
        );
      }
      byEntity.set(entityRef, { ...defaults, ...readPolicy(entry, key) });
    },
  );
  return {
    forEntity: entityRef => byEntity.get(entityRef) ?? defaults,
  };
}
