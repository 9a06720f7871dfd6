import { generateDemoEvents } from './generateEvents';
import { DemoProfileName } from './profiles';
import { DAY_MS, NOW_MS, SEED, SERVICES } from './testing/fixtures';
import { MeasuredDelivery, measureDelivery } from './testing/measureDelivery';

const HOUR_S = 3600;
const fromMs = NOW_MS - 90 * DAY_MS;

/** Figures of each demo service over the last 90 days, by profile. */
const measured: Record<DemoProfileName, MeasuredDelivery[]> = {
  'fast-steady': [],
  slow: [],
  'fast-flaky': [],
};
for (const service of SERVICES) {
  const events = generateDemoEvents({
    ...service,
    seed: SEED,
    fromMs,
    toMs: NOW_MS,
  });
  measured[service.profile].push(measureDelivery(events, fromMs, NOW_MS));
}
const all = (profile: DemoProfileName) => measured[profile];
const max = (profile: DemoProfileName, pick: (m: MeasuredDelivery) => number) =>
  Math.max(...all(profile).map(pick));
const min = (profile: DemoProfileName, pick: (m: MeasuredDelivery) => number) =>
  Math.min(...all(profile).map(pick));

describe('demo profiles over 90 days', () => {
  it('fast-steady deploys more per day than fast-flaky, and both far more than slow', () => {
    expect(min('fast-steady', m => m.deploysPerDay)).toBeGreaterThan(
      max('fast-flaky', m => m.deploysPerDay),
    );
    expect(min('fast-flaky', m => m.deploysPerDay)).toBeGreaterThan(2);
    expect(max('slow', m => m.deploysPerDay * 7)).toBeLessThanOrEqual(2);
    expect(min('slow', m => m.deploysPerDay * 7)).toBeGreaterThanOrEqual(0.5);
  });

  it('fast-steady has a lower share of rolled-back or incident-linked deployments', () => {
    expect(max('fast-steady', m => m.rollbackOrIncidentRatio)).toBeLessThan(
      min('fast-flaky', m => m.rollbackOrIncidentRatio),
    );
    expect(max('fast-steady', m => m.changeFailureRatio)).toBeLessThanOrEqual(
      0.07,
    );
    expect(min('fast-flaky', m => m.changeFailureRatio)).toBeGreaterThanOrEqual(
      0.15,
    );
    expect(max('fast-flaky', m => m.changeFailureRatio)).toBeLessThanOrEqual(
      0.35,
    );
    expect(min('fast-flaky', m => m.unplannedRatio)).toBeGreaterThan(
      max('fast-steady', m => m.unplannedRatio),
    );
  });

  it('slow has lead times of weeks, the fast profiles under a day', () => {
    expect(min('slow', m => m.leadTimeP50Seconds)).toBeGreaterThan(
      7 * 24 * HOUR_S,
    );
    expect(max('slow', m => m.leadTimeP50Seconds)).toBeLessThan(
      21 * 24 * HOUR_S,
    );
    expect(max('fast-steady', m => m.leadTimeP50Seconds)).toBeLessThan(
      24 * HOUR_S,
    );
    expect(max('fast-flaky', m => m.leadTimeP50Seconds)).toBeLessThan(
      24 * HOUR_S,
    );
  });

  it('fast-steady recovers within the hour, slow takes hours', () => {
    expect(max('fast-steady', m => m.recoveryP50Seconds)).toBeLessThan(HOUR_S);
    expect(min('slow', m => m.recoveryP50Seconds)).toBeGreaterThan(HOUR_S);
  });
});
