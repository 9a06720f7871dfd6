import { parsePrometheusDurationMs } from './duration';

describe('parsePrometheusDurationMs', () => {
  it('reads runtimeinfo storageRetention values', () => {
    expect(parsePrometheusDurationMs('15d')).toBe(15 * 86_400_000);
    expect(parsePrometheusDurationMs('1w2d12h')).toBe(
      (9 * 24 + 12) * 3_600_000,
    );
    expect(parsePrometheusDurationMs('30d or 512MiB')).toBe(30 * 86_400_000);
    expect(parsePrometheusDurationMs('1y')).toBe(365 * 86_400_000);
  });

  it('is undefined without a duration (size-only retention)', () => {
    expect(parsePrometheusDurationMs('512MiB')).toBeUndefined();
    expect(parsePrometheusDurationMs('')).toBeUndefined();
  });
});
