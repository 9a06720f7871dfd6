import { ReleaseChangeType } from './status';
import { SloGateInput, decideRelease } from './decideRelease';

const slo = (
  budgetRemainingRatio: number | null,
  alertState: SloGateInput['alertState'] = 'none',
  name = 'Checkout availability',
): SloGateInput => ({
  id: name.toLowerCase().replace(/ /g, '-'),
  name,
  budgetRemainingRatio,
  alertState,
});

const changeTypes: ReleaseChangeType[] = ['feature', 'hotfix', 'security'];

describe('decideRelease', () => {
  describe.each(changeTypes)('a %s change', changeType => {
    it('passes an ok SLO', () => {
      expect(decideRelease({ slos: [slo(0.8)], changeType })).toMatchObject({
        decision: 'allow',
        status: 'ok',
        reasons: ['the SLO is within its error budget'],
      });
    });

    it('passes an at-risk SLO with a warning', () => {
      // 20 % left < 25 %
      expect(decideRelease({ slos: [slo(0.2)], changeType })).toMatchObject({
        decision: 'allow',
        status: 'at-risk',
        reasons: [
          'SLO "Checkout availability" is at risk: only 20% of its error budget left (below 25%); release with care',
        ],
      });
    });

    it('reports a no-data SLO as such and passes by default', () => {
      expect(decideRelease({ slos: [slo(null)], changeType })).toMatchObject({
        decision: 'allow',
        status: 'no-data',
        reasons: [
          'SLO "Checkout availability" has no data in its window: its error budget is unknown, not healthy',
        ],
      });
    });
  });

  it('denies a feature release when an SLO is frozen', () => {
    expect(
      decideRelease({ slos: [slo(-0.125)], changeType: 'feature' }),
    ).toEqual({
      decision: 'deny',
      status: 'frozen',
      reasons: [
        'SLO "Checkout availability" has spent its error budget (-12.5% left): feature releases are frozen until it recovers',
      ],
      slos: [{ ...slo(-0.125), status: 'frozen' }],
    });
  });

  it.each(['hotfix', 'security'] as const)(
    'lets a %s change pass a freeze, recording why',
    changeType => {
      expect(decideRelease({ slos: [slo(-0.125)], changeType })).toMatchObject({
        decision: 'allow',
        status: 'frozen',
        reasons: [
          `SLO "Checkout availability" has spent its error budget (-12.5% left); allowed because ${changeType} changes may pass a freeze`,
        ],
      });
    },
  );

  it('draws the status boundaries at ≤ 0 (frozen) and < 25 % (at risk)', () => {
    const status = (remaining: number) =>
      decideRelease({ slos: [slo(remaining)], changeType: 'feature' }).status;
    expect(status(0)).toBe('frozen');
    expect(status(0.001)).toBe('at-risk');
    expect(status(0.249)).toBe('at-risk');
    expect(status(0.25)).toBe('ok');
  });

  it('puts an SLO with a firing page alert at risk whatever its budget', () => {
    expect(
      decideRelease({ slos: [slo(0.9, 'page')], changeType: 'feature' }),
    ).toMatchObject({
      decision: 'allow',
      status: 'at-risk',
      reasons: [
        'SLO "Checkout availability" is at risk: a page burn-rate alert is firing; release with care',
      ],
    });
    // a ticket alert alone does not
    expect(
      decideRelease({ slos: [slo(0.9, 'ticket')], changeType: 'feature' })
        .status,
    ).toBe('ok');
  });

  it('reports the worst status and a reason for each SLO that is not ok', () => {
    const decision = decideRelease({
      slos: [
        slo(0.9, 'none', 'Search latency'),
        slo(null, 'none', 'Login'),
        slo(-1, 'none', 'Checkout'),
      ],
      changeType: 'feature',
    });
    expect(decision.decision).toBe('deny');
    expect(decision.status).toBe('frozen');
    expect(decision.slos.map(s => s.status)).toEqual([
      'ok',
      'no-data',
      'frozen',
    ]);
    expect(decision.reasons).toEqual([
      'SLO "Login" has no data in its window: its error budget is unknown, not healthy',
      'SLO "Checkout" has spent its error budget (-100% left): feature releases are frozen until it recovers',
    ]);
  });

  it('follows a configured policy', () => {
    const policy = {
      atRiskBelowRatio: 0.5,
      freezeExemptChangeTypes: ['security' as const],
      denyOnNoData: true,
    };
    expect(
      decideRelease({ slos: [slo(0.4)], changeType: 'feature', policy })
        .reasons,
    ).toEqual([
      'SLO "Checkout availability" is at risk: only 40% of its error budget left (below 50%); release with care',
    ]);
    expect(
      decideRelease({ slos: [slo(0)], changeType: 'hotfix', policy }).decision,
    ).toBe('deny');
    expect(
      decideRelease({ slos: [slo(0)], changeType: 'security', policy })
        .decision,
    ).toBe('allow');
    expect(
      decideRelease({ slos: [slo(null)], changeType: 'hotfix', policy }),
    ).toMatchObject({
      decision: 'deny',
      reasons: [
        'SLO "Checkout availability" has no data in its window: its error budget is unknown, not healthy; the policy denies releases until it reports',
      ],
    });
  });

  it('has nothing to gate on without SLOs', () => {
    expect(decideRelease({ slos: [], changeType: 'feature' })).toEqual({
      decision: 'allow',
      status: 'no-data',
      reasons: ['no SLOs are defined for this entity: nothing to gate on'],
      slos: [],
    });
  });
});
