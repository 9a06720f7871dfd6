import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { demoEventsChangedSince } from './changedSince';
import { generateDemoEvents } from './generateEvents';
import { DAY_MS, NOW_MS, SEED, SERVICES } from './testing/fixtures';

const key = (e: DeliveryEvent) => `${e.type}:${e.id}`;

describe('demoEventsChangedSince', () => {
  it.each(SERVICES)(
    'turns history at one time into history at a later one ($profile)',
    service => {
      const fromMs = NOW_MS - 30 * DAY_MS;
      const store = new Map(
        generateDemoEvents({
          ...service,
          seed: SEED,
          fromMs,
          toMs: NOW_MS,
        }).map(e => [key(e), e]),
      );
      // A minute-by-minute tick and a long gap (backend was down) both catch up.
      let sinceMs = NOW_MS;
      for (const stepMs of [60_000, 60_000, 3_600_000, 2.5 * DAY_MS]) {
        const toMs = sinceMs + stepMs;
        for (const event of demoEventsChangedSince({
          ...service,
          seed: SEED,
          sinceMs,
          toMs,
        })) {
          store.set(key(event), event); // re-sent ids replace
        }
        sinceMs = toMs;
      }
      const expected = generateDemoEvents({
        ...service,
        seed: SEED,
        fromMs,
        toMs: sinceMs,
      });
      expect(new Map(expected.map(e => [key(e), e]))).toEqual(store);
    },
  );

  it('sends nothing when no time has passed', () => {
    const options = {
      ...SERVICES[4],
      seed: SEED,
      sinceMs: NOW_MS,
      toMs: NOW_MS,
    };
    expect(demoEventsChangedSince(options)).toEqual([]);
  });
});
