import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { deliveryReliabilityComparisonReadPermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryReliabilityPolicy,
  readComparisonReaders,
} from './deliveryReliabilityPolicy';

/** Ownership refs as the sign-in resolver issued them. */
const users: Record<string, string[]> = {
  'user:default/lead': ['user:default/lead', 'group:default/Leads'],
  'user:default/dev': ['user:default/dev', 'group:default/team-checkout'],
};

/** A signed-in user as the permission backend passes one to the policy. */
function user(userEntityRef: string): PolicyQueryUser {
  const ownershipEntityRefs = users[userEntityRef];
  return {
    credentials: {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef },
    },
    info: { userEntityRef, ownershipEntityRefs },
  };
}

// The user info service answers from the user's token.
const userInfo = {
  getUserInfo: async (credentials: any) => ({
    userEntityRef: credentials.principal.userEntityRef,
    ownershipEntityRefs: users[credentials.principal.userEntityRef],
  }),
};
const lead = user('user:default/lead');
const dev = user('user:default/dev');

const policy = new DeliveryReliabilityPolicy({
  readers: readComparisonReaders(
    new ConfigReader({
      deliveryReliability: { comparison: { readers: ['group:default/leads'] } },
    }),
  ),
  userInfo,
});
const comparison = { permission: deliveryReliabilityComparisonReadPermission };

describe('DeliveryReliabilityPolicy', () => {
  it('allows the comparison to members of a reader group only', async () => {
    // Group refs compare case-insensitively, as the catalog issues them.
    expect(await policy.handle(comparison, lead)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await policy.handle(comparison, dev)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await policy.handle(comparison)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('allows every other permission, like the allow-all policy', async () => {
    const other = {
      permission: createPermission({
        name: 'catalog.entity.read',
        attributes: { action: 'read' },
      }),
    };
    expect(await policy.handle(other, dev)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await policy.handle(other)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets nobody read the comparison without readers, and rejects bad refs', async () => {
    const closed = new DeliveryReliabilityPolicy({
      readers: readComparisonReaders(new ConfigReader({})),
      userInfo,
    });
    expect(await closed.handle(comparison, lead)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(() =>
      readComparisonReaders(
        new ConfigReader({
          deliveryReliability: { comparison: { readers: ['leads'] } },
        }),
      ),
    ).toThrow(
      'Invalid config deliveryReliability.comparison.readers[0]: "leads" must be a full entity ref like group:default/engineering-leads',
    );
  });
});
