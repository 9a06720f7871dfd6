import { InputError } from '@backstage/errors';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { PrometheusSliSource } from './PrometheusSliSource';
import { PrometheusDataSourceConfig } from './config';
import { fixtureBaseSec, fixtureSeries } from './__testUtils__/fixture';
import {
  TestPrometheus,
  startTestPrometheus,
} from './__testUtils__/prometheus';
import { parseSlo, prom } from './__testUtils__/slos';

jest.setTimeout(60_000);

const MIN = 60_000;
const STEP = 5 * MIN;
const BASE_MS = fixtureBaseSec() * 1000;
let prometheus: TestPrometheus;

beforeAll(async () => {
  prometheus = await startTestPrometheus({
    series: fixtureSeries(BASE_MS / 1000),
    retention: '21d',
  });
});
afterAll(() => prometheus?.destroy());

// 100 requests and 1 error a minute, sampled on the minute: the range
// [t − 5m, t] holds 6 samples exactly 300 s apart, so increase() needs no
// extrapolation and each 5-minute bucket is exactly 495 good of 500.
const goodOverTotal = parseSlo({
  ratioMetric: {
    counter: true,
    good: prom('sum(http_requests_total{code!~"5.."})'),
    total: prom('http_requests_total'),
  },
});

function dataSource(name: string, url: string): PrometheusDataSourceConfig {
  return { name, url, headers: {}, timeoutMs: 10_000, maxConcurrentQueries: 2 };
}
function source(
  options: Partial<ConstructorParameters<typeof PrometheusSliSource>[0]> = {},
) {
  return new PrometheusSliSource({
    config: { dataSources: [dataSource('main', prometheus.url)] },
    ...options,
  });
}
function read(
  s: PrometheusSliSource,
  slo = goodOverTotal,
  fromMin = 0,
  toMin = 60,
) {
  return s.readBuckets({
    entityRef: 'component:default/checkout',
    slo,
    objectiveIndex: 0,
    fromMs: BASE_MS + fromMin * MIN,
    toMs: BASE_MS + toMin * MIN,
    stepMs: STEP,
  });
}
const starts = (fromMin: number, count: number) =>
  Array.from({ length: count }, (_, i) => BASE_MS + (fromMin + 5 * i) * MIN);

describe('PrometheusSliSource', () => {
  it('reads a counter good/total indicator as exact 5-minute buckets', async () => {
    expect(await read(source())).toEqual(
      starts(0, 12).map(startMs => ({ startMs, good: 495, total: 500 })),
    );
  });

  it('reads a bad/total indicator: good = total − bad', async () => {
    const slo = parseSlo({
      ratioMetric: {
        bad: prom('http_requests_total{code=~"5.."}'),
        total: prom('http_requests_total'),
      },
    });
    expect(await read(source(), slo, 0, 15)).toEqual(
      starts(0, 3).map(startMs => ({ startMs, good: 495, total: 500 })),
    );
  });

  it('takes a {{.window}} query as the events per step', async () => {
    const slo = parseSlo({
      ratioMetric: {
        counter: false,
        good: prom('increase(http_requests_total{code="200"}[{{.window}}])'),
        total: prom('increase(http_requests_total[$__step])'),
      },
    });
    expect(await read(source(), slo, 0, 10)).toEqual(
      starts(0, 2).map(startMs => ({ startMs, good: 495, total: 500 })),
    );
  });

  it('answers total 0 for measured steps without series', async () => {
    // Data ends at minute 120: the bucket [120, 125) sees one sample, too
    // few for increase(), so Prometheus returns no series for it.
    expect(await read(source(), goodOverTotal, 110, 130)).toEqual([
      ...starts(110, 2).map(startMs => ({ startMs, good: 495, total: 500 })),
      ...starts(120, 2).map(startMs => ({ startMs, good: 0, total: 0 })),
    ]);
  });

  it('judges a threshold metric per step by the objective op and value', async () => {
    const slo = parseSlo(
      { thresholdMetric: prom('latency_p99_seconds') },
      { target: 0.9, op: 'lte', value: 0.3 },
    );
    // The value at each step's end: 0.2 up to minute 59, 0.5 from 60, so
    // buckets starting 0…50 (11) are good and 55…115 (13) are not.
    const buckets = await read(source(), slo, 0, 120);
    expect(buckets).toHaveLength(24);
    expect(buckets.filter(b => b.good === 1).map(b => b.startMs)).toEqual(
      starts(0, 11),
    );
    expect(buckets.every(b => b.total === 1)).toBe(true);
  });

  it('reads raw success and failure ratios as one unit per step', async () => {
    for (const [rawType, query] of [
      ['success', 'availability_ratio'],
      ['failure', 'error_ratio'],
    ]) {
      const slo = parseSlo({ ratioMetric: { rawType, raw: prom(query) } });
      const buckets = await read(source(), slo, 0, 10);
      expect(buckets.map(b => b.total)).toEqual([1, 1]);
      for (const b of buckets) expect(b.good).toBeCloseTo(0.99, 12);
    }
  });

  it('splits long ranges into query_range calls of at most maxPointsPerQuery', async () => {
    const samples: number[] = [];
    const chunked = source({
      maxPointsPerQuery: 5,
      onQueryStats: s => samples.push(s.totalQueryableSamples),
    });
    // 12 buckets in chunks of 5, 5, 2, with a good and a total query each.
    expect(await read(chunked)).toEqual(await read(source()));
    expect(samples).toHaveLength(6);
    expect(samples.every(n => n > 0)).toBe(true);
  });

  it('never reads a bucket that has not ended', async () => {
    const early = source({ now: () => BASE_MS + 32 * MIN });
    expect((await read(early)).map(b => b.startMs)).toEqual(starts(0, 6));
  });

  it('shows Prometheus’ message for bad PromQL', async () => {
    const slo = parseSlo({
      ratioMetric: {
        counter: false,
        good: prom('rate(x[5m]'),
        total: prom('x'),
      },
    });
    const error = await read(source(), slo).catch(e => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('rejected the query sum(rate(x[5m])');
    expect(error.message).toContain('parse error');
  });

  it('explains how to write a counter query it cannot wrap', async () => {
    const slo = parseSlo({
      ratioMetric: { good: prom('sum(a) / sum(b)'), total: prom('b') },
    });
    await expect(read(source(), slo)).rejects.toThrow(
      /\{\{\.window\}\}.*counter: false/,
    );
  });

  it('picks the data source named by the SLO, else the default', async () => {
    const twoSources = source({
      config: {
        dataSources: [
          dataSource('prod', prometheus.url),
          dataSource('down', 'http://127.0.0.1:1'),
        ],
        defaultDataSource: 'down',
      },
    });
    const named = parseSlo(
      {
        ratioMetric: {
          good: prom('http_requests_total{code="200"}', 'prod'),
          total: prom('http_requests_total', 'prod'),
        },
      },
      undefined,
      ['prod'],
    );
    expect(await read(twoSources, named, 0, 5)).toEqual([
      { startMs: BASE_MS, good: 495, total: 500 },
    ]);
    await expect(read(twoSources, goodOverTotal)).rejects.toThrow(
      'Prometheus data source down (http://127.0.0.1:1/api/v1/query_range) is unreachable',
    );
  });

  it('supports Prometheus indicators only, whatever the case', () => {
    const s = source();
    expect(s.supports(goodOverTotal)).toBe(true);
    const lower = parseSlo(
      {
        thresholdMetric: {
          metricSource: { type: 'prometheus', spec: { query: 'x' } },
        },
      },
      { target: 0.9, op: 'lt', value: 1 },
    );
    expect(s.supports(lower)).toBe(true);
    const datadog = parseSlo(
      {
        thresholdMetric: {
          metricSource: { type: 'Datadog', spec: { query: 'x' } },
        },
      },
      { target: 0.9, op: 'lt', value: 1 },
    );
    expect(s.supports(datadog)).toBe(false);
  });

  it('reads the earliest available time from the storage retention', async () => {
    const nowMs = Date.now();
    expect(await source().earliestAvailableMs(goodOverTotal, nowMs)).toBe(
      nowMs - 21 * 86_400_000,
    );
  });

  it('keeps working with an API that has no runtimeinfo (Thanos, Mimir)', async () => {
    // A front that forwards query_range to the real Prometheus and answers
    // 404 elsewhere, as APIs without the status endpoints do.
    const front = createServer(async (req, res) => {
      if (!req.url?.startsWith('/api/v1/query_range')) {
        res.writeHead(404).end('404 page not found');
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${prometheus.url}${req.url}`, {
        method: 'POST',
        headers: { 'Content-Type': req.headers['content-type']! },
        body: Buffer.concat(chunks),
      });
      res.writeHead(upstream.status, { 'Content-Type': 'application/json' });
      res.end(await upstream.text());
    });
    await new Promise<void>(r => front.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
      const s = source({
        config: { dataSources: [dataSource('thanos', url)] },
      });
      expect(
        await s.earliestAvailableMs(goodOverTotal, Date.now()),
      ).toBeUndefined();
      expect(await read(s, goodOverTotal, 0, 5)).toEqual([
        { startMs: BASE_MS, good: 495, total: 500 },
      ]);
    } finally {
      await new Promise(r => front.close(r));
    }
  });

  it('throws naming the URL while Prometheus is down, and reads again once it is back', async () => {
    const s = source();
    await prometheus.stop();
    await expect(read(s)).rejects.toThrow(
      `Prometheus data source main (${prometheus.url}/api/v1/query_range) is unreachable`,
    );
    await prometheus.start();
    expect(await read(s, goodOverTotal, 0, 5)).toEqual([
      { startMs: BASE_MS, good: 495, total: 500 },
    ]);
  });
});
