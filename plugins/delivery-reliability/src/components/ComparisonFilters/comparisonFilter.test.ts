import { orgComparison } from '../../testData/comparisonOrg';
import {
  ComparisonFilter,
  filterComparison,
  NO_COMPARISON_FILTER,
  teamAndDescendants,
} from './comparisonFilter';
import { groupOptions, systemOptions } from './filterOptions';
import { rowTier } from './rowTier';

const org = orgComparison();

/** `team: service, service` per shown team, and the services no team owns. */
function shown(filter: Partial<ComparisonFilter>) {
  const result = filterComparison(org, { ...NO_COMPARISON_FILTER, ...filter });
  const name = (ref: string) => ref.split('/')[1];
  return {
    teams: result.teams.map(
      v =>
        `${name(v.team.entityRef)}: ${v.services
          .map(s => name(s.entityRef))
          .join(', ')}`,
    ),
    withoutTeam: result.servicesWithoutTeam.map(s => name(s.entityRef)),
  };
}

describe('filterComparison', () => {
  it('shows every team with its services, and the services no team owns', () => {
    expect(shown({})).toEqual({
      teams: [
        'engineering: ledger-api, ledger-ui, recommendations, search',
        'team-checkout: checkout',
        'team-discovery: recommendations, search',
        'team-ledger: ledger-api, ledger-ui',
        'team-legacy: billing-batch',
        'team-new: notifications',
      ],
      withoutTeam: ['wiki'],
    });
  });

  it('keeps a group and the teams below it', () => {
    expect(shown({ groupRef: 'group:default/engineering' })).toEqual({
      teams: [
        'engineering: ledger-api, ledger-ui, recommendations, search',
        'team-discovery: recommendations, search',
        'team-ledger: ledger-api, ledger-ui',
      ],
      withoutTeam: [],
    });
    expect(shown({ groupRef: 'group:default/team-ledger' }).teams).toEqual([
      'team-ledger: ledger-api, ledger-ui',
    ]);
  });

  it("keeps a system's services and the teams owning them", () => {
    expect(shown({ systemRef: 'system:default/discovery' })).toEqual({
      teams: [
        'engineering: recommendations, search',
        'team-discovery: recommendations, search',
      ],
      // wiki belongs to no system.
      withoutTeam: [],
    });
  });

  it('keeps rows whose lowest tier is the chosen one, and teams owning such a service', () => {
    // Lowest tiers: search low (CFR 20 %), team-discovery low (CFR 16 %),
    // billing-batch / team-legacy low (2 deploys in 90 d), notifications /
    // team-new low (0 deploys); engineering is medium (CFR 14.1 %) but owns search.
    expect(shown({ tierMetric: 'lowest', tier: 'low' })).toEqual({
      teams: [
        'engineering: search',
        'team-discovery: search',
        'team-legacy: billing-batch',
        'team-new: notifications',
      ],
      // wiki: 4 deploys in 90 d is medium, its lead time and CFR elite.
      withoutTeam: [],
    });
  });

  it("filters by one metric's tier", () => {
    // Only recommendations has a high change failure rate (3 of 30 = 10 %).
    expect(
      shown({ tierMetric: 'changeFailureRate', tier: 'high' }).teams,
    ).toEqual([
      'engineering: recommendations',
      'team-discovery: recommendations',
    ]);
  });

  it('applies the filters together', () => {
    expect(
      shown({ systemRef: 'system:default/payments', tier: 'low' }).teams,
    ).toEqual(['team-legacy: billing-batch']);
  });
});

describe('rowTier', () => {
  it('is the worst of the four tiers, ignoring metrics without a value', () => {
    const byRef = new Map(org.services.map(s => [s.entityRef, s]));
    const tierOf = (name: string) =>
      rowTier(byRef.get(`component:default/${name}`)!, 'lowest');
    expect(tierOf('checkout')).toBe('elite');
    expect(tierOf('recommendations')).toBe('high');
    expect(tierOf('ledger-api')).toBe('medium'); // recovery: no failures, no tier
    expect(tierOf('search')).toBe('low');
  });
});

describe('filter options', () => {
  it('lists teams as a tree and systems sorted', () => {
    expect(groupOptions(org.teams).map(o => `${o.depth} ${o.label}`)).toEqual([
      '0 Checkout team',
      '0 Engineering',
      '1 team-discovery',
      '1 team-ledger',
      '0 team-legacy',
      '0 team-new',
    ]);
    expect(systemOptions(org.services)).toEqual([
      'system:default/discovery',
      'system:default/payments',
    ]);
  });

  it('finds descendants whatever the order of the teams', () => {
    const reversed = [...org.teams].reverse();
    expect(
      [...teamAndDescendants(reversed, 'group:default/engineering')].sort(),
    ).toEqual([
      'group:default/engineering',
      'group:default/team-discovery',
      'group:default/team-ledger',
    ]);
  });
});
