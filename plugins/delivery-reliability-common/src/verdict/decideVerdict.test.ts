import { DEFAULT_VERDICT_THRESHOLDS, decideVerdict } from './decideVerdict';
import { DAY, HOUR, fast, report, slos } from './__testUtils__/reports';

describe('decideVerdict', () => {
  it('says "ship more often" when the budget is healthy but lead time is slow', () => {
    // 12 deployments in 30 days = 0.4/day = 2.8/week (≥ 1/week: high);
    // lead time p50 9 d (≥ 1 week, < 30 d: medium); 1 of 12 failed = 8.3 %
    // (high, and 12 ≥ 5 deployments so it is judged: below 15 %).
    const dora = report({
      deployments: 12,
      days: 30,
      frequencyTier: 'high',
      failed: 1,
      leadTimeP50Seconds: 9 * DAY,
      leadTimeTier: 'medium',
      cfrTier: 'high',
    });
    const verdict = decideVerdict({ dora, slos: slos('ok', 'ok') });
    expect(verdict.headline).toBe('ship more often: lead time 9 d (medium)');
    expect(verdict).toMatchObject({
      kind: 'ship-more-often',
      delivery: 'slow',
      stability: 'stable',
    });
    expect(verdict.reasons).toEqual([
      {
        side: 'delivery',
        tone: 'good',
        subject: 'deploymentFrequency',
        text: 'deploys 2.8/week (high)',
      },
      {
        side: 'delivery',
        tone: 'bad',
        subject: 'leadTimeForChanges',
        text: 'lead time 9 d (medium)',
      },
      {
        side: 'stability',
        tone: 'good',
        subject: 'slos',
        text: 'all 2 SLOs within budget',
      },
      {
        side: 'stability',
        tone: 'good',
        subject: 'changeFailureRate',
        text: 'CFR 8.3 %',
      },
    ]);
  });

  it('says "stabilise" when SLOs are frozen and the change failure rate is high', () => {
    // 50 deployments in 30 days (1.7/day, elite), lead time 5 h (elite);
    // 9 of 50 failed = 18 % > 15 %; two of three SLOs have spent their budget.
    const dora = report({
      deployments: 50,
      days: 30,
      frequencyTier: 'elite',
      failed: 9,
      leadTimeP50Seconds: 5 * HOUR,
      leadTimeTier: 'elite',
      cfrTier: 'low',
    });
    const verdict = decideVerdict({
      dora,
      slos: slos('frozen', 'ok', 'frozen'),
    });
    expect(verdict.headline).toBe('stabilise: 2 SLOs frozen, CFR 18 %');
    expect(verdict).toMatchObject({
      kind: 'stabilise',
      delivery: 'fast',
      stability: 'unstable',
    });
    // One ok SLO among frozen ones earns no "within budget" reason.
    expect(verdict.reasons.filter(r => r.side === 'stability')).toEqual([
      {
        side: 'stability',
        tone: 'bad',
        subject: 'slos',
        text: '2 SLOs frozen',
      },
      {
        side: 'stability',
        tone: 'bad',
        subject: 'changeFailureRate',
        text: 'CFR 18 %',
      },
    ]);
  });

  it('says "stabilise" for a high change failure rate alone, at any budget', () => {
    // 20 deployments, 4 failed = 20 %; both SLOs within budget.
    const dora = report({
      deployments: 20,
      days: 30,
      frequencyTier: 'high',
      failed: 4,
      leadTimeP50Seconds: 3 * DAY,
      leadTimeTier: 'high',
      cfrTier: 'low',
    });
    const verdict = decideVerdict({ dora, slos: slos('ok', 'ok') });
    expect(verdict.kind).toBe('stabilise');
    expect(verdict.headline).toBe('stabilise: CFR 20 %');
  });

  it('says "keep going" when both sides are healthy, naming what is good', () => {
    const verdict = decideVerdict({ dora: fast, slos: slos('ok', 'ok', 'ok') });
    expect(verdict).toMatchObject({
      kind: 'keep-going',
      delivery: 'fast',
      stability: 'stable',
    });
    // 45 / 30 = 1.5/day; 1 / 45 = 2.2 %.
    expect(verdict.headline).toBe(
      'keep going: deploys 1.5/day (elite), lead time 5 h (elite), all 3 SLOs within budget, CFR 2.2 %',
    );
  });

  it('says "stabilise first" when delivery is slow and stability poor', () => {
    // 3 deployments in 30 days = 0.1/day = 0.7/week (≥ 1/30 d, < 1/week:
    // medium); lead time 20 d (medium); one SLO frozen. 3 deployments are
    // too few to judge the change failure rate.
    const dora = report({
      deployments: 3,
      days: 30,
      frequencyTier: 'medium',
      failed: 1,
      leadTimeP50Seconds: 20 * DAY,
      leadTimeTier: 'medium',
      cfrTier: 'low',
    });
    const verdict = decideVerdict({ dora, slos: slos('frozen', 'ok') });
    expect(verdict).toMatchObject({
      kind: 'stabilise-first',
      delivery: 'slow',
      stability: 'unstable',
    });
    expect(verdict.headline).toBe(
      'stabilise first: deploys 0.7/week (medium), lead time 20 d (medium), 1 SLO frozen',
    );
    expect(verdict.reasons).toContainEqual({
      side: 'stability',
      tone: 'info',
      subject: 'changeFailureRate',
      text: 'CFR not judged: 3 of 5 deployments needed',
    });
  });

  it('has not enough data without production deployments, unless stability is poor', () => {
    const none = report({ deployments: 0, days: 30, frequencyTier: 'low' });
    for (const dora of [none, null]) {
      const verdict = decideVerdict({ dora, slos: slos('ok') });
      expect(verdict).toMatchObject({
        kind: 'not-enough-data',
        delivery: 'unknown',
        stability: 'stable',
        headline: 'not enough data: no production deployments in the window',
      });
      // No deployments: no change failure rate reason at all.
      expect(
        verdict.reasons.filter(r => r.subject === 'changeFailureRate'),
      ).toEqual([]);
    }
    // A frozen SLO needs no delivery data to call for stabilising.
    const frozen = decideVerdict({ dora: none, slos: slos('frozen') });
    expect(frozen).toMatchObject({
      kind: 'stabilise',
      delivery: 'unknown',
      headline: 'stabilise: 1 SLO frozen',
    });
  });

  it('judges stability from the change failure rate alone when there are no SLOs', () => {
    const verdict = decideVerdict({ dora: fast, slos: [] });
    expect(verdict).toMatchObject({ kind: 'keep-going', stability: 'stable' });
    expect(verdict.reasons).toContainEqual({
      side: 'stability',
      tone: 'info',
      subject: 'slos',
      text: 'no SLOs',
    });

    // No SLOs and too few deployments for the CFR: nothing to judge.
    const few = report({
      deployments: 2,
      days: 7,
      frequencyTier: 'high',
      leadTimeP50Seconds: 2 * HOUR,
      leadTimeTier: 'elite',
      cfrTier: 'elite',
    });
    const unknown = decideVerdict({ dora: few, slos: [] });
    expect(unknown).toMatchObject({
      kind: 'not-enough-data',
      delivery: 'fast',
      stability: 'unknown',
      headline:
        'not enough data: no SLOs, CFR not judged: 2 of 5 deployments needed',
    });
  });

  it('does not judge a change failure rate from too few deployments', () => {
    // 4 deployments in 7 days = 4/week (high), 2 failed = 50 %: alarming,
    // but 4 < 5 deployments, so only context.
    const dora = report({
      deployments: 4,
      days: 7,
      frequencyTier: 'high',
      failed: 2,
      leadTimeP50Seconds: 2 * HOUR,
      leadTimeTier: 'elite',
      cfrTier: 'low',
    });
    const verdict = decideVerdict({ dora, slos: slos('ok') });
    expect(verdict.kind).toBe('keep-going');
    expect(verdict.headline).toBe(
      'keep going: deploys 4/week (high), lead time 2 h (elite), 1 SLO within budget',
    );
    // With the minimum lowered to 4 it is judged: 50 % > 15 %.
    const judged = decideVerdict(
      { dora, slos: slos('ok') },
      { ...DEFAULT_VERDICT_THRESHOLDS, minDeploymentsForChangeFailureRate: 4 },
    );
    expect(judged.headline).toBe('stabilise: CFR 50 %');
  });

  it('treats a change failure rate exactly at the maximum as acceptable', () => {
    // 3 of 20 = 15 %: "above 15 %" is poor, 15 % itself is not.
    const dora = report({
      deployments: 20,
      days: 10,
      frequencyTier: 'elite',
      failed: 3,
      leadTimeP50Seconds: 10 * HOUR,
      leadTimeTier: 'elite',
      cfrTier: 'medium',
    });
    const verdict = decideVerdict({ dora, slos: [] });
    expect(verdict.kind).toBe('keep-going');
    expect(verdict.reasons).toContainEqual({
      side: 'stability',
      tone: 'good',
      subject: 'changeFailureRate',
      text: 'CFR 15 %',
    });
  });

  it('judges delivery from frequency alone when no deployment carried changes', () => {
    // 6 deployments in 30 days = 1.4/week (high), no lead time.
    const dora = report({
      deployments: 6,
      days: 30,
      frequencyTier: 'high',
      leadTimeP50Seconds: null,
      cfrTier: 'elite',
    });
    const verdict = decideVerdict({ dora, slos: slos('ok') });
    expect(verdict.delivery).toBe('fast');
    expect(
      verdict.reasons.filter(r => r.side === 'delivery').map(r => r.text),
    ).toEqual(['deploys 1.4/week (high)']);
  });
});
