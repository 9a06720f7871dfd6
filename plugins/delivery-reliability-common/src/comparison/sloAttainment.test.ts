import { combineComparisonGates, summarizeSloStatuses } from './sloAttainment';

describe('summarizeSloStatuses', () => {
  it('counts met objectives among those with data', () => {
    // 5 objectives: 1 without data; of the 4 with data, 0.6, 0.1 and 0
    // left are met (0 is frozen but not overspent), −0.3 is not: 3 / 4.
    expect(
      summarizeSloStatuses([
        { status: 'ok', budgetRemainingRatio: 0.6 },
        { status: 'at-risk', budgetRemainingRatio: 0.1 },
        { status: 'frozen', budgetRemainingRatio: 0 },
        { status: 'frozen', budgetRemainingRatio: -0.3 },
        { status: 'no-data', budgetRemainingRatio: null },
      ]),
    ).toEqual({
      objectives: 5,
      withData: 4,
      met: 3,
      attainmentRatio: 0.75,
      statusCounts: { ok: 1, 'at-risk': 1, frozen: 2, 'no-data': 1 },
      worstBudgetRemainingRatio: -0.3,
    });
  });

  it('has no attainment without data, not 100 %', () => {
    expect(
      summarizeSloStatuses([{ status: 'no-data', budgetRemainingRatio: null }]),
    ).toMatchObject({
      objectives: 1,
      withData: 0,
      met: 0,
      attainmentRatio: null,
      worstBudgetRemainingRatio: null,
    });
    expect(summarizeSloStatuses([]).attainmentRatio).toBeNull();
  });
});

describe('combineComparisonGates', () => {
  it('denies a team when one service denies, with the worst status', () => {
    expect(
      combineComparisonGates([
        { decision: 'allow', status: 'ok', deniedServices: 0 },
        { decision: 'deny', status: 'frozen', deniedServices: 1 },
        { decision: 'allow', status: 'at-risk', deniedServices: 0 },
        { decision: null, status: 'no-data', deniedServices: 0 },
      ]),
    ).toEqual({ decision: 'deny', status: 'frozen', deniedServices: 1 });
  });

  it('leaves services without SLOs out', () => {
    expect(
      combineComparisonGates([
        { decision: 'allow', status: 'ok', deniedServices: 0 },
        { decision: null, status: 'no-data', deniedServices: 0 },
      ]),
    ).toEqual({ decision: 'allow', status: 'ok', deniedServices: 0 });
    expect(
      combineComparisonGates([
        { decision: null, status: 'no-data', deniedServices: 0 },
      ]),
    ).toEqual({ decision: null, status: 'no-data', deniedServices: 0 });
  });
});
