import { parseOpenSloDocuments } from '@delivery-reliability/plugin-delivery-reliability-common';
import { availabilitySlo } from './__testUtils__/sloDocuments';
import { readHistoryRange } from './readHistoryRange';

const STEP = 300_000;
const DAY = 86_400_000;
const now = Date.parse('2026-03-29T12:00:00Z');
const calendarMonth = parseOpenSloDocuments([
  {
    ...availabilitySlo('monthly', 'Monthly'),
    spec: {
      ...availabilitySlo('monthly', 'Monthly').spec,
      timeWindow: [
        {
          duration: '1M',
          isRolling: false,
          calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'UTC' },
        },
      ],
    },
  },
]).slos[0].timeWindow;

describe('readHistoryRange', () => {
  it('defaults from to the start of the calendar period at to', () => {
    // 28 d 12 h since 1 March = 8,208 buckets; ⌈8,208 / 300⌉ = 28 buckets.
    expect(
      readHistoryRange({ step: 'auto' }, calendarMonth, now, STEP),
    ).toEqual({
      fromMs: Date.parse('2026-03-01T00:00:00Z'),
      toMs: now,
      pointStepMs: 28 * STEP,
    });
    // A short range gets one point per bucket.
    expect(
      readHistoryRange(
        { from: '2026-03-29T11:00:00Z', step: 'auto' },
        calendarMonth,
        now,
        STEP,
      ).pointStepMs,
    ).toBe(STEP);
  });

  it('takes an explicit step in minutes, hours or days', () => {
    const range = (step: string) =>
      readHistoryRange({ step }, calendarMonth, now, STEP).pointStepMs;
    expect(range('30m')).toBe(1_800_000);
    expect(range('6h')).toBe(6 * 3_600_000);
    expect(range('1d')).toBe(DAY);
  });
});
