import { DEFAULT_VERDICT_THRESHOLDS } from '@delivery-reliability/plugin-delivery-reliability-common';
import { verdictRuleText } from './verdictRuleText';

describe('verdictRuleText', () => {
  it('states the default rule with its numbers', () => {
    expect(verdictRuleText(DEFAULT_VERDICT_THRESHOLDS)).toEqual([
      'Delivery is slow when deployment frequency or lead time (p50) is medium or low.',
      'Stability is poor when an SLO is frozen, or the change failure rate is above 15 % (judged from at least 5 production deployments).',
      'Poor stability → stabilise (stabilise first when delivery is also slow); stable and slow → ship more often; stable and fast → keep going; otherwise not enough data.',
    ]);
  });

  it('names configured thresholds, not the defaults', () => {
    const [slow, poor] = verdictRuleText({
      slowTiers: ['high', 'medium', 'low'],
      maxChangeFailureRatio: 0.1,
      minDeploymentsForChangeFailureRate: 10,
      unstableBudgetStatuses: ['frozen', 'at-risk'],
    });
    expect(slow).toBe(
      'Delivery is slow when deployment frequency or lead time (p50) is high, medium or low.',
    );
    expect(poor).toBe(
      'Stability is poor when an SLO is frozen or at risk, or the change failure rate is above 10 % (judged from at least 10 production deployments).',
    );
  });

  it('leaves out the SLO clause when no status makes stability poor', () => {
    const [slow, poor] = verdictRuleText({
      ...DEFAULT_VERDICT_THRESHOLDS,
      slowTiers: [],
      unstableBudgetStatuses: [],
    });
    expect(slow).toBe(
      'Delivery is never judged slow (no slow tiers configured).',
    );
    expect(poor).toBe(
      'Stability is poor when the change failure rate is above 15 % (judged from at least 5 production deployments).',
    );
  });
});
