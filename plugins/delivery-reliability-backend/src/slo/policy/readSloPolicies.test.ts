import { ConfigReader } from '@backstage/config';
import { readSloPolicies } from './readSloPolicies';

const read = (slo: object) =>
  readSloPolicies(new ConfigReader({ deliveryReliability: { slo } }));

describe('readSloPolicies', () => {
  it('gives every entity the empty policy (the defaults of decideRelease) without config', () => {
    expect(
      readSloPolicies(new ConfigReader({})).forEntity('component:default/a'),
    ).toEqual({});
  });

  it('lays per-entity fields over the default policy, matching refs case-insensitively', () => {
    const policies = read({
      policy: { atRiskBelowRatio: 0.3, denyOnNoData: true },
      policies: [
        { entityRef: 'Checkout', freezeExemptChangeTypes: ['security'] },
        { entityRef: 'component:payments/ledger', atRiskBelowRatio: 0.5 },
      ],
    });
    expect(policies.forEntity('component:default/checkout')).toEqual({
      atRiskBelowRatio: 0.3,
      denyOnNoData: true,
      freezeExemptChangeTypes: ['security'],
    });
    expect(policies.forEntity('component:payments/ledger')).toEqual({
      atRiskBelowRatio: 0.5,
      denyOnNoData: true,
    });
    expect(policies.forEntity('component:default/other')).toEqual({
      atRiskBelowRatio: 0.3,
      denyOnNoData: true,
    });
  });

  it.each([
    [
      { policy: { atRiskBelowRatio: 25 } },
      'Invalid config deliveryReliability.slo.policy.atRiskBelowRatio: must be a share of the budget between 0 and 1 (e.g. 0.25), got 25',
    ],
    [
      {
        policies: [
          { entityRef: 'a' },
          { entityRef: 'b', freezeExemptChangeTypes: ['hotfix', 'bugfix'] },
        ],
      },
      'Invalid config deliveryReliability.slo.policies[1].freezeExemptChangeTypes[1]: "bugfix"; use one of feature, hotfix, security',
    ],
    [
      { policies: [{ entityRef: 'component:default/a' }, { entityRef: 'A' }] },
      'Invalid config deliveryReliability.slo.policies[1].entityRef: component:default/a already has a policy; merge the two entries',
    ],
    [
      { policies: [{ entityRef: 'component:a:b' }] },
      'Invalid config deliveryReliability.slo.policies[0].entityRef: must be an entity ref like component:default/checkout, got "component:a:b"',
    ],
  ])('stops start-up on a bad value, naming the key (%#)', (slo, message) => {
    expect(() => read(slo)).toThrow(message);
  });

  it('names the key of a missing entityRef or a mistyped field', () => {
    expect(() => read({ policies: [{ denyOnNoData: true }] })).toThrow(
      /deliveryReliability\.slo\.policies\[0\]\.entityRef/,
    );
    expect(() => read({ policy: { denyOnNoData: 'sometimes' } })).toThrow(
      /deliveryReliability\.slo\.policy\.denyOnNoData/,
    );
  });
});
