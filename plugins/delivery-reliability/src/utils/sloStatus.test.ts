import { worstSloStatus } from './sloStatus';

describe('worstSloStatus', () => {
  it.each([
    [['ok', 'at-risk', 'no-data'], 'at-risk'],
    [['ok', 'no-data'], 'no-data'],
    [['at-risk', 'frozen', 'ok'], 'frozen'],
    [['ok'], 'ok'],
    [[], 'no-data'],
  ] as const)('the worst of %j is %s', (statuses, worst) => {
    expect(worstSloStatus(statuses)).toBe(worst);
  });
});
