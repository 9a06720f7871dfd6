import { retryDelayMs } from './retryDelay';

describe('retryDelayMs', () => {
  const nowMs = Date.parse('2026-03-01T12:00:00Z');

  it('reads Retry-After in seconds', () => {
    expect(retryDelayMs(new Headers({ 'Retry-After': '7' }), nowMs)).toBe(7000);
  });

  it('reads Retry-After as an HTTP date relative to now', () => {
    const headers = new Headers({
      'Retry-After': 'Sun, 01 Mar 2026 12:00:30 GMT',
    });
    expect(retryDelayMs(headers, nowMs)).toBe(30_000);
  });

  it('falls back to ratelimit-reset (seconds until the window resets)', () => {
    const headers = new Headers({ 'ratelimit-reset': '12' });
    expect(retryDelayMs(headers, nowMs)).toBe(12_000);
  });

  it('is undefined without a usable header', () => {
    expect(retryDelayMs(new Headers(), nowMs)).toBeUndefined();
    expect(
      retryDelayMs(new Headers({ 'Retry-After': 'soon' }), nowMs),
    ).toBeUndefined();
  });
});
