import { ConfigReader } from '@backstage/config';
import { readSloReadSettings } from './readSloReadSettings';

const read = (slo: object) =>
  readSloReadSettings(new ConfigReader({ deliveryReliability: { slo } }));

describe('readSloReadSettings', () => {
  it('defaults to a 5-minute step and staleness after 15 minutes', () => {
    expect(read({})).toEqual({ stepMs: 300_000, staleAfterMs: 900_000 });
    expect(read({ stepMinutes: 1, staleAfterMinutes: 60 })).toEqual({
      stepMs: 60_000,
      staleAfterMs: 3_600_000,
    });
  });

  it('stops start-up on a bad value, naming the key', () => {
    expect(() => read({ staleAfterMinutes: 0 })).toThrow(
      'Invalid config deliveryReliability.slo.staleAfterMinutes: must be a whole number of minutes ≥ 1, got 0',
    );
    expect(() => read({ stepMinutes: 2.5 })).toThrow(
      'Invalid config deliveryReliability.slo.stepMinutes: must be a whole number of minutes ≥ 1, got 2.5',
    );
  });
});
