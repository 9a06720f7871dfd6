import {
  OpenSloSlo,
  SliBucket,
  parseOpenSloDocuments,
  sumSliBuckets,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { generateDemoEvents } from '../generator';
import { DEMO_CONFIG, demoSource } from './testing/exampleSlos';

const STEP_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
const NOW_MS = Date.parse('2025-06-04T13:15:00Z');
const SERVICE = 'component:default/search-api';

function sloWith(indicatorSpec: object, objective: object = { target: 0.99 }) {
  const { slos, issues } = parseOpenSloDocuments([
    {
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: { name: 'test-slo' },
      spec: {
        budgetingMethod: 'Occurrences',
        timeWindow: [{ duration: '28d', isRolling: true }],
        objectives: [objective],
        indicator: { metadata: { name: 'test-sli' }, spec: indicatorSpec },
      },
    },
  ]);
  expect(issues).toEqual([]);
  return slos[0];
}

const ratio = (spec: object, type = 'demo') =>
  sloWith({
    ratioMetric: {
      good: { metricSource: { type, spec } },
      total: { metricSource: { type, spec: type === 'demo' ? {} : spec } },
    },
  });
const AVAILABILITY = ratio({ signal: 'availability' });

const read = (
  slo: OpenSloSlo,
  fromMs: number,
  toMs: number,
  entityRef = SERVICE,
) =>
  demoSource().readBuckets({
    entityRef,
    slo,
    objectiveIndex: 0,
    fromMs,
    toMs,
    stepMs: STEP_MS,
  });

const badRatio = (buckets: SliBucket[]) => {
  const { good, total } = sumSliBuckets(buckets);
  return (total - good) / total;
};

describe('DemoSliSource', () => {
  it('supports indicators whose every source is of type demo, in any case', () => {
    const source = demoSource();
    expect(source.id).toBe('demo');
    expect(source.supports(AVAILABILITY)).toBe(true);
    expect(source.supports(ratio({ signal: 'availability' }, 'Demo'))).toBe(
      true,
    );
    expect(source.supports(ratio({ query: 'up' }, 'Prometheus'))).toBe(false);
  });

  it('answers the same buckets for the same request', async () => {
    const fromMs = NOW_MS - DAY_MS;
    expect(await read(AVAILABILITY, fromMs, NOW_MS)).toEqual(
      await read(AVAILABILITY, fromMs, NOW_MS),
    );
  });

  it('answers a range as the concatenation of its halves', async () => {
    const fromMs = NOW_MS - 6 * DAY_MS;
    const midMs = NOW_MS - 2 * DAY_MS - 7 * STEP_MS;
    const whole = await read(AVAILABILITY, fromMs, NOW_MS);
    const halves = [
      ...(await read(AVAILABILITY, fromMs, midMs)),
      ...(await read(AVAILABILITY, midMs, NOW_MS)),
    ];
    expect(halves).toEqual(whole);
    expect(sumSliBuckets(halves)).toEqual(sumSliBuckets(whole));
  });

  it('reads 30 days as 8,640 buckets aligned to the step, 200–1,500 requests each', async () => {
    const buckets = await read(AVAILABILITY, NOW_MS - 30 * DAY_MS, NOW_MS);
    expect(buckets).toHaveLength(8640); // 30 × 24 × 12
    buckets.forEach((b, i) => {
      expect(b.startMs).toBe(NOW_MS - 30 * DAY_MS + i * STEP_MS);
    });
    const totals = buckets.map(b => b.total);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(180); // 200 − 10 % noise
    expect(Math.max(...totals)).toBeLessThanOrEqual(1651); // 1,500 + 10 % noise
    expect(buckets.every(b => b.good >= 0 && b.good <= b.total)).toBe(true);
  });

  it("fails more requests during the generator's incidents than outside them", async () => {
    const fromMs = NOW_MS - 30 * DAY_MS;
    const incidents = generateDemoEvents({
      entityRef: SERVICE,
      profile: 'fast-flaky',
      seed: DEMO_CONFIG.seed,
      fromMs,
      toMs: NOW_MS,
    }).filter(e => e.type === 'incident');
    expect(incidents.length).toBeGreaterThan(0);
    const inIncident = (b: SliBucket) =>
      incidents.some(
        i =>
          Date.parse(i.startedAt) <= b.startMs &&
          b.startMs + STEP_MS <= Date.parse(i.startedAt) + 30 * 60_000,
      );
    const buckets = await read(AVAILABILITY, fromMs, NOW_MS);
    const during = buckets.filter(inIncident);
    const outside = buckets.filter(b => !inIncident(b));
    expect(during.length).toBeGreaterThan(0);
    // Baseline of fast-flaky is 0.1 %; the weakest (sev4) incident peaks at 1.5 %.
    expect(badRatio(outside)).toBeLessThan(0.004);
    expect(badRatio(during)).toBeGreaterThan(0.015);
  });

  it('takes the error ratio from the spec', async () => {
    const slo = ratio({
      signal: 'availability',
      service: 'ledger-service',
      baselineErrorRatio: 0.1,
    });
    const buckets = await read(slo, NOW_MS - DAY_MS, NOW_MS);
    expect(badRatio(buckets)).toBeCloseTo(0.1, 2);
  });

  it('counts minutes that meet a threshold objective', async () => {
    const latency = (op: string, value: number) =>
      sloWith(
        {
          thresholdMetric: {
            metricSource: { type: 'demo', spec: { signal: 'latency' } },
          },
        },
        { target: 0.99, op, value },
      );
    // p95 of fast-flaky is 0.2 s × up to 1.4 (load) × 1.1 (noise) outside incidents.
    const slow = await read(latency('lte', 10), NOW_MS - DAY_MS, NOW_MS);
    expect(slow).toHaveLength(288);
    expect(slow.every(b => b.total === 5 && b.good === 5)).toBe(true);
    const never = await read(latency('lt', 0.1), NOW_MS - DAY_MS, NOW_MS);
    expect(never.every(b => b.total === 5 && b.good === 0)).toBe(true);
  });

  it('answers one success share per step for a raw ratio', async () => {
    const slo = sloWith({
      ratioMetric: {
        rawType: 'success',
        raw: {
          metricSource: {
            type: 'demo',
            spec: { signal: 'availability', baselineErrorRatio: 0.2 },
          },
        },
      },
    });
    const buckets = await read(slo, NOW_MS - DAY_MS, NOW_MS);
    expect(
      buckets.every(b => b.total === 1 && b.good > 0.6 && b.good < 0.95),
    ).toBe(true);
  });

  it('names the field to fix', async () => {
    await expect(
      read(ratio({ signal: 'errors' }), NOW_MS - STEP_MS, NOW_MS),
    ).rejects.toThrow(
      'SLO test-slo: metricSource.spec.signal must be availability or latency, got "errors"',
    );
    await expect(
      read(
        ratio({ signal: 'availability', service: 'nope' }),
        NOW_MS - STEP_MS,
        NOW_MS,
      ),
    ).rejects.toThrow(
      /spec.service 'nope' is not a demo service; name one of checkout-api, .* or add it to deliveryReliability.demo.services/,
    );
    await expect(
      read(ratio({ signal: 'latency' }), NOW_MS - STEP_MS, NOW_MS),
    ).rejects.toThrow(/spec.thresholdSeconds is required/);
  });
});
