import { severityOfPriority } from './severity';

describe('severityOfPriority', () => {
  it('maps P1–P5 to critical, high, medium, low, info', () => {
    expect(['P1', 'P2', 'P3', 'P4', 'p5'].map(severityOfPriority)).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      'info',
    ]);
  });

  it('keeps custom names and gives undefined without a priority', () => {
    expect(severityOfPriority('SEV-1')).toBe('SEV-1');
    expect(severityOfPriority(undefined)).toBeUndefined();
    expect(severityOfPriority(' ')).toBeUndefined();
  });
});
