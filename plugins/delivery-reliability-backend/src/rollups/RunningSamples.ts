import { QuantileSketch } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  EXACT_VALUES_LIMIT,
  decodeRecords,
  encodeExactMilliseconds,
  encodeSketch,
} from './sketchCodec';

/**
 * The samples of a running total, built day by day: a common QuantileSketch
 * (which buckets and merges every value) plus, while there are few, the
 * exact values, so small histories keep exact answers. Encoded after each
 * day into that day's running-total row.
 * @internal
 */
export class RunningSamples {
  private readonly sketch = new QuantileSketch();
  /** Whole milliseconds, while every value so far is one and there are few. */
  private exactMs: number[] | undefined = [];

  /** Continues a stored running total (the last day before a recomputation). */
  static fromEncoded(base64: string | null | undefined): RunningSamples {
    const running = new RunningSamples();
    if (!base64) return running;
    const exactMs: number[] = [];
    const stored = { zero: 0, bins: [] as number[], previous: 0 };
    decodeRecords(base64, {
      exactMilliseconds: ms => exactMs.push(ms),
      zeros: count => {
        stored.zero += count;
      },
      bin: (index, count) => {
        // Back to the delta form of QuantileSketch's JSON.
        stored.bins.push(stored.bins.length === 0 ? index : index - stored.previous, count);
        stored.previous = index;
      },
    });
    if (stored.zero > 0 || stored.bins.length > 0) {
      running.sketch.merge(
        QuantileSketch.fromJSON({
          v: 1,
          alpha: QuantileSketch.DEFAULT_RELATIVE_ACCURACY,
          zero: stored.zero,
          bins: stored.bins,
        }),
      );
      running.exactMs = undefined;
    }
    for (const ms of exactMs) running.add(ms / 1000);
    return running;
  }

  /** Adds one sample in seconds (≥ 0). */
  add(valueSeconds: number): void {
    this.sketch.add(valueSeconds);
    if (!this.exactMs) return;
    const ms = Math.round(valueSeconds * 1000);
    if (this.exactMs.length < EXACT_VALUES_LIMIT && ms / 1000 === valueSeconds) {
      this.exactMs.push(ms);
    } else {
      this.exactMs = undefined;
    }
  }

  /** The stored form of everything added so far (null when empty). */
  encode(): string | null {
    if (this.sketch.count === 0) return null;
    return this.exactMs ? encodeExactMilliseconds(this.exactMs) : encodeSketch(this.sketch);
  }
}
