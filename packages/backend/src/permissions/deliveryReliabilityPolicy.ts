import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { deliveryReliabilityComparisonReadPermission } from '@delivery-reliability/plugin-delivery-reliability-common';

/** Where the reader groups are configured. */
export const COMPARISON_READERS_KEY = 'deliveryReliability.comparison.readers';

/**
 * Reads `deliveryReliability.comparison.readers`: the group refs (e.g.
 * `group:default/engineering-leads`) whose members may read the team
 * comparison. Refs are compared lower-case, as the catalog issues them.
 * Absent means nobody may read it.
 */
export function readComparisonReaders(config: Config): Set<string> {
  const readers = config.getOptionalStringArray(COMPARISON_READERS_KEY) ?? [];
  readers.forEach((ref, i) => {
    if (!/^[^:/\s]+:[^:/\s]+\/[^:/\s]+$/.test(ref)) {
      throw new Error(
        `Invalid config ${COMPARISON_READERS_KEY}[${i}]: "${ref}" must be a full entity ref like group:default/engineering-leads`,
      );
    }
  });
  return new Set(readers.map(ref => ref.toLocaleLowerCase('en-US')));
}

/**
 * An example permission policy for the delivery-reliability plugins: the
 * team comparison (`delivery-reliability.comparison.read`) is for the
 * members of the configured reader groups — a user whose ownership refs
 * (their own ref and their groups', as the sign-in resolver issued them)
 * include one of them; every other permission is allowed, like the
 * allow-all policy it replaces. Callers without a user (the policy is asked
 * about no user) are denied the comparison: group membership cannot be known.
 */
export class DeliveryReliabilityPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      readers: ReadonlySet<string>;
      userInfo: Pick<UserInfoService, 'getUserInfo'>;
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      !isPermission(
        request.permission,
        deliveryReliabilityComparisonReadPermission,
      )
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) return { result: AuthorizeResult.DENY };
    const { ownershipEntityRefs } = await this.options.userInfo.getUserInfo(
      user.credentials,
    );
    const isReader = ownershipEntityRefs.some(ref =>
      this.options.readers.has(ref.toLocaleLowerCase('en-US')),
    );
    return { result: isReader ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
  }
}
