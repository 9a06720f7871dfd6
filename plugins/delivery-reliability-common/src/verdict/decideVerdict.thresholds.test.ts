import { DEFAULT_VERDICT_THRESHOLDS, decideVerdict } from './decideVerdict';
import { DAY, HOUR, fast, report, slos } from './__testUtils__/reports';

describe('decideVerdict with configured thresholds', () => {
  it('lists at-risk SLOs as context by default, worst status first', () => {
    const verdict = decideVerdict({
      dora: fast,
      slos: slos('at-risk', 'ok', 'frozen', 'at-risk'),
    });
    expect(verdict.kind).toBe('stabilise');
    expect(
      verdict.reasons
        .filter(r => r.subject === 'slos')
        .map(r => [r.tone, r.text]),
    ).toEqual([
      ['bad', '1 SLO frozen'],
      ['info', '2 SLOs at risk'],
    ]);
    // Without the frozen one, at-risk SLOs alone do not call for stabilising.
    expect(
      decideVerdict({ dora: fast, slos: slos('at-risk', 'ok') }).kind,
    ).toBe('keep-going');
  });

  it('stabilises on at-risk SLOs when they are configured as unstable', () => {
    const verdict = decideVerdict(
      { dora: fast, slos: slos('at-risk', 'ok') },
      {
        ...DEFAULT_VERDICT_THRESHOLDS,
        unstableBudgetStatuses: ['frozen', 'at-risk'],
      },
    );
    expect(verdict.headline).toBe('stabilise: 1 SLO at risk');
  });

  it('treats SLOs without data as unknown, or as unstable when configured so', () => {
    const allNoData = decideVerdict({
      dora: fast,
      slos: slos('no-data', 'no-data'),
    });
    // Stability still comes from the judged CFR (1 of 45 = 2.2 %).
    expect(allNoData).toMatchObject({
      kind: 'keep-going',
      stability: 'stable',
    });
    expect(allNoData.reasons).toContainEqual({
      side: 'stability',
      tone: 'info',
      subject: 'slos',
      text: '2 SLOs without data',
    });

    // Mixed: the measured one is within budget, the other one is context.
    const mixed = decideVerdict({ dora: fast, slos: slos('ok', 'no-data') });
    expect(
      mixed.reasons
        .filter(r => r.subject === 'slos')
        .map(r => [r.tone, r.text]),
    ).toEqual([
      ['info', '1 SLO without data'],
      ['good', '1 SLO within budget'],
    ]);

    const strict = decideVerdict(
      { dora: fast, slos: slos('no-data', 'ok', 'no-data') },
      { ...DEFAULT_VERDICT_THRESHOLDS, unstableBudgetStatuses: ['no-data'] },
    );
    expect(strict.headline).toBe('stabilise: 2 SLOs without data');
  });

  it('lets slowTiers decide what counts as slow', () => {
    // The "ship more often" team of the first example: lead time 9 d is
    // medium, which is no longer slow when only low is.
    const dora = report({
      deployments: 12,
      days: 30,
      frequencyTier: 'high',
      failed: 1,
      leadTimeP50Seconds: 9 * DAY,
      leadTimeTier: 'medium',
      cfrTier: 'high',
    });
    const lenient = decideVerdict(
      { dora, slos: slos('ok') },
      { ...DEFAULT_VERDICT_THRESHOLDS, slowTiers: ['low'] },
    );
    expect(lenient.kind).toBe('keep-going');
    // Stricter: high counts as slow too, so frequency (high) is named first.
    const strict = decideVerdict(
      { dora, slos: slos('ok') },
      { ...DEFAULT_VERDICT_THRESHOLDS, slowTiers: ['high', 'medium', 'low'] },
    );
    expect(strict.headline).toBe(
      'ship more often: deploys 2.8/week (high), lead time 9 d (medium)',
    );
  });

  it('uses a lower change failure maximum when configured', () => {
    // 1 of 12 = 8.3 %: fine under 15 %, poor above a 5 % maximum.
    const dora = report({
      deployments: 12,
      days: 7,
      frequencyTier: 'elite',
      failed: 1,
      leadTimeP50Seconds: 4 * HOUR,
      leadTimeTier: 'elite',
      cfrTier: 'high',
    });
    expect(decideVerdict({ dora, slos: [] }).kind).toBe('keep-going');
    const verdict = decideVerdict(
      { dora, slos: [] },
      { ...DEFAULT_VERDICT_THRESHOLDS, maxChangeFailureRatio: 0.05 },
    );
    expect(verdict.headline).toBe('stabilise: CFR 8.3 %');
  });
});
