import {
  excludeMaintenanceWindows,
  sanitizeSliBucket,
  sliBucketFromBad,
  sliBucketFromRaw,
  sliBucketsIn,
  sumSliBuckets,
} from './buckets';

const T = Date.parse('2026-03-01T10:00:00Z');
const MIN = 60_000;
const STEP = 5 * MIN;

// 10:00, 10:05, 10:10, 10:15 — 100 events each; the deploy at 10:05 fails 50.
const buckets = [
  { startMs: T, good: 100, total: 100 },
  { startMs: T + STEP, good: 50, total: 100 },
  { startMs: T + 2 * STEP, good: 100, total: 100 },
  { startMs: T + 3 * STEP, good: 100, total: 100 },
];

describe('SLI buckets', () => {
  it('sums buckets of a half-open window', () => {
    // [10:05, 10:15) holds the buckets starting 10:05 and 10:10 = 150 good of 200
    expect(
      sumSliBuckets(
        sliBucketsIn(buckets, { fromMs: T + STEP, toMs: T + 3 * STEP }),
      ),
    ).toEqual({ good: 150, total: 200 });
    expect(sumSliBuckets(buckets)).toEqual({ good: 350, total: 400 });
  });

  it('excludes every bucket that overlaps a maintenance window', () => {
    // [10:07, 10:12) overlaps [10:05, 10:10) and [10:10, 10:15): both go,
    // taking the 50 bad events with them → 200 good of 200
    const kept = excludeMaintenanceWindows(
      buckets,
      [{ fromMs: T + 7 * MIN, toMs: T + 12 * MIN }],
      STEP,
    );
    expect(kept.map(b => b.startMs)).toEqual([T, T + 3 * STEP]);
    expect(sumSliBuckets(kept)).toEqual({ good: 200, total: 200 });
  });

  it('keeps buckets that only touch a maintenance window', () => {
    // [10:15, 10:20) starts where [10:10, 10:15) ends: only the 10:15 bucket goes
    const kept = excludeMaintenanceWindows(
      buckets,
      [{ fromMs: T + 15 * MIN, toMs: T + 20 * MIN }],
      STEP,
    );
    expect(kept.map(b => b.startMs)).toEqual([T, T + STEP, T + 2 * STEP]);
  });

  it('clamps counts so bad never goes negative', () => {
    // increase() extrapolation: 101 good of 100
    expect(sanitizeSliBucket({ startMs: T, good: 101, total: 100 })).toEqual({
      startMs: T,
      good: 100,
      total: 100,
    });
    expect(sanitizeSliBucket({ startMs: T, good: NaN, total: -3 })).toEqual({
      startMs: T,
      good: 0,
      total: 0,
    });
  });

  it('builds buckets from bad counts and raw ratios', () => {
    // 3 bad of 200 → 197 good
    expect(sliBucketFromBad(T, 3, 200)).toEqual({
      startMs: T,
      good: 197,
      total: 200,
    });
    // a failure ratio of 0.25 is a success share of 0.75 of one unit
    expect(sliBucketFromRaw(T, 0.25, 'failure')).toEqual({
      startMs: T,
      good: 0.75,
      total: 1,
    });
    expect(sliBucketFromRaw(T, 0.25, 'success')).toEqual({
      startMs: T,
      good: 0.25,
      total: 1,
    });
  });
});
