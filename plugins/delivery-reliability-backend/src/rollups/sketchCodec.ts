import { QuantileSketch } from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * Storage form of a rollup's samples (durations in seconds) as base64 text.
 * Each stored value is a sequence of self-delimiting records padded to a
 * multiple of 3 bytes, so base64 strings concatenate into the base64 of the
 * concatenated records: the database can `string_agg`/`group_concat` a
 * month of rows for a thousand services into one value, and merging is just
 * decoding it (see SampleAccumulator).
 *
 * Records (all integers unsigned LEB128 varints unless noted):
 * - `0x00` padding, skipped;
 * - `0x01 n v1 d2 … dn` exact values in milliseconds, ascending, deltas
 *   after the first — small days stay exact, so small windows answer the
 *   exact nearest-rank quantile;
 * - `0x02 zero nBins i1 c1 g2 c2 …` the buckets of a common QuantileSketch
 *   (α 1 %): zeros, first index (zigzag), then gaps and counts.
 */

/** Records of at most this many values are stored exactly. @internal */
export const EXACT_VALUES_LIMIT = 32;

const PAD = 0;
const EXACT = 1;
const BINS = 2;

/**
 * Writes LEB128 varints into one reused buffer (running totals are encoded
 * hundreds of thousands of times in a rebuild; fresh arrays per row would
 * only feed the garbage collector). Safe up to 2^53: plain arithmetic, not
 * 32-bit bit operations.
 */
class ByteWriter {
  private static buffer = new Uint8Array(1 << 16);
  private length = 0;

  byte(value: number): this {
    if (this.length >= ByteWriter.buffer.length) {
      const grown = new Uint8Array(ByteWriter.buffer.length * 2);
      grown.set(ByteWriter.buffer);
      ByteWriter.buffer = grown;
    }
    ByteWriter.buffer[this.length++] = value;
    return this;
  }

  varint(value: number): this {
    let rest = value;
    while (rest >= 128) {
      this.byte((rest % 128) + 128);
      rest = Math.floor(rest / 128);
    }
    return this.byte(rest);
  }

  zigzag(value: number): this {
    return this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  toBase64(): string {
    while (this.length % 3 !== 0) this.byte(PAD);
    return Buffer.from(ByteWriter.buffer.buffer, 0, this.length).toString(
      'base64',
    );
  }
}

/** Milliseconds of each value when every one is a whole number of them, else undefined. @internal */
export function exactMilliseconds(
  valuesSeconds: readonly number[],
): number[] | undefined {
  const ms = valuesSeconds.map(v => Math.round(v * 1000));
  const exact = ms.every(
    (m, i) =>
      Number.isSafeInteger(m) && m >= 0 && m / 1000 === valuesSeconds[i],
  );
  return exact ? ms : undefined;
}

/** An exact record of values (seconds) that are whole milliseconds. @internal */
export function encodeExactMilliseconds(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const writer = new ByteWriter().byte(EXACT).varint(sorted.length);
  sorted.forEach((m, i) => writer.varint(i === 0 ? m : m - sorted[i - 1]));
  return writer.toBase64();
}

/** A bins record of a common QuantileSketch (default accuracy). @internal */
export function encodeSketch(sketch: QuantileSketch): string | null {
  if (sketch.count === 0) return null;
  const json = sketch.toJSON();
  if (json.alpha !== QuantileSketch.DEFAULT_RELATIVE_ACCURACY) {
    throw new Error(`Cannot store a sketch of accuracy ${json.alpha}`);
  }
  const writer = new ByteWriter()
    .byte(BINS)
    .varint(json.zero)
    .varint(json.bins.length / 2);
  for (let i = 0; i < json.bins.length; i += 2) {
    if (i === 0) writer.zigzag(json.bins[0]);
    else writer.varint(json.bins[i]);
    writer.varint(json.bins[i + 1]);
  }
  return writer.toBase64();
}

/**
 * A bins record straight from bucket counts (as indexed by QuantileSketch):
 * `counts[p]` for `from ≤ p < to` is the count of bucket `p − offset`; zero
 * counts are skipped.
 * @internal
 */
export function encodeBins(
  zero: number,
  counts: ArrayLike<number>,
  from: number,
  to: number,
  offset: number,
): string {
  let bins = 0;
  for (let p = from; p < to; p++) if (counts[p] !== 0) bins++;
  const writer = new ByteWriter().byte(BINS).varint(zero).varint(bins);
  let previous: number | undefined;
  for (let p = from; p < to; p++) {
    if (counts[p] === 0) continue;
    const index = p - offset;
    if (previous === undefined) writer.zigzag(index);
    else writer.varint(index - previous);
    writer.varint(counts[p]);
    previous = index;
  }
  return writer.toBase64();
}

/**
 * Encodes sample values (seconds, ≥ 0): exactly when there are few and all
 * are whole milliseconds, else as a common QuantileSketch. `null` for none.
 * @internal
 */
export function encodeSamples(valuesSeconds: readonly number[]): string | null {
  if (valuesSeconds.length === 0) return null;
  if (valuesSeconds.length <= EXACT_VALUES_LIMIT) {
    const ms = exactMilliseconds(valuesSeconds);
    if (ms) return encodeExactMilliseconds(ms);
  }
  const sketch = new QuantileSketch();
  for (const value of valuesSeconds) sketch.add(value);
  return encodeSketch(sketch);
}

/** Receives decoded records; see {@link decodeRecords}. @internal */
export interface RecordSink {
  exactMilliseconds(ms: number): void;
  zeros(count: number): void;
  /**
   * The `n` buckets of one bins record: `indices` ascending, `counts`
   * positive. Both arrays are reused by the next record: copy, never keep.
   */
  bins(indices: ArrayLike<number>, counts: ArrayLike<number>, n: number): void;
}

// Reused by every decode (a comparison decodes thousands of values; fresh
// buffers and closures per value would only feed the garbage collector).
// decodeRecords never runs re-entrantly: sinks only count. Values longer
// than the reused buffer (a database-concatenated total) get their own.
const REUSED_BYTES = 1 << 16;
const reused = Buffer.alloc(REUSED_BYTES);
const binIndices: number[] = [];
const binCounts: number[] = [];
let bytes: Uint8Array = reused;
let length = 0;
let at = 0;

/** The unsigned LEB128 varint at `at` of `bytes`. */
function varint(): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (at >= length) throw new Error(`Truncated rollup sketch at byte ${at}`);
    const b = bytes[at++];
    value += (b & 127) * scale;
    if (b < 128) return value;
    scale *= 128;
  }
}

/**
 * Decodes concatenated records into `sink`. Throws naming the offset on
 * corrupt input rather than answering wrong quantiles.
 * @internal
 */
export function decodeRecords(base64: string, sink: RecordSink): void {
  const buffer =
    base64.length <= REUSED_BYTES ? reused : Buffer.alloc(base64.length);
  bytes = buffer;
  length = buffer.write(base64, 0, 'base64');
  at = 0;
  while (at < length) {
    const kind = bytes[at++];
    if (kind === PAD) continue;
    if (kind === EXACT) {
      let ms = 0;
      for (let n = varint(), i = 0; i < n; i++) {
        ms = i === 0 ? varint() : ms + varint();
        sink.exactMilliseconds(ms);
      }
    } else if (kind === BINS) {
      sink.zeros(varint());
      const n = varint();
      let index = 0;
      for (let i = 0; i < n; i++) {
        if (i === 0) {
          const z = varint();
          index = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        } else {
          index += varint();
        }
        binIndices[i] = index;
        binCounts[i] = varint();
      }
      sink.bins(binIndices, binCounts, n);
    } else {
      throw new Error(`Unknown rollup sketch record ${kind} at byte ${at - 1}`);
    }
  }
}
