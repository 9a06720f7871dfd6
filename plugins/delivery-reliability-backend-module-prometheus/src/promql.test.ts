import { promDuration, stepCountQuery, withWindow } from './promql';

const FIVE_MIN = 300_000;

describe('stepCountQuery', () => {
  it('wraps a counter selector in sum(increase(selector[step]))', () => {
    expect(
      stepCountQuery('http_requests_total{code!~"5.."}', true, FIVE_MIN),
    ).toBe('sum(increase(http_requests_total{code!~"5.."}[300s]))');
    expect(stepCountQuery('{__name__="x", job="a}b"}', true, FIVE_MIN)).toBe(
      'sum(increase({__name__="x", job="a}b"}[300s]))',
    );
  });

  it('moves increase() inside a sum of one counter, as OpenSLO examples write it', () => {
    expect(stepCountQuery('sum(requests{code="2xx"})', true, FIVE_MIN)).toBe(
      'sum(increase(requests{code="2xx"}[300s]))',
    );
    expect(stepCountQuery('sum by (code) (requests)', true, FIVE_MIN)).toBe(
      'sum(increase(requests[300s]))',
    );
  });

  it('only sums queries that already give events per step', () => {
    expect(stepCountQuery('increase(x[{{ .window }}])', true, 60_000)).toBe(
      'sum(increase(x[60s]))',
    );
    expect(stepCountQuery('my_count', false, FIVE_MIN)).toBe('sum(my_count)');
  });

  it('refuses counter expressions it cannot wrap, naming the fix', () => {
    expect(() => stepCountQuery('sum(a) / sum(b)', true, FIVE_MIN)).toThrow(
      /counter selector such as/,
    );
    expect(() => stepCountQuery('sum(rate(x[5m]))', true, FIVE_MIN)).toThrow(
      /set counter: false/,
    );
  });
});

describe('promDuration and withWindow', () => {
  it('writes whole seconds, else milliseconds', () => {
    expect(promDuration(FIVE_MIN)).toBe('300s');
    expect(promDuration(1500)).toBe('1500ms');
    expect(withWindow('max_over_time(x[$__step]) > 0', 60_000)).toBe(
      'max_over_time(x[60s]) > 0',
    );
  });
});
