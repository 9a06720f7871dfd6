import { parseOpenSloDocuments } from './parseOpenSlo';

const prometheus = (query: string) => ({
  metricSource: { type: 'Prometheus', spec: { query } },
});
const rolling28d = [{ duration: '28d', isRolling: true }];

function slo(name: string, spec: Record<string, unknown>) {
  return { apiVersion: 'openslo/v1', kind: 'SLO', metadata: { name }, spec };
}

describe('parseOpenSloDocuments', () => {
  it('parses an inline good/total ratio SLO with a rolling window', () => {
    const { slos, issues } = parseOpenSloDocuments([
      slo('checkout-availability', {
        service: 'checkout',
        indicator: {
          metadata: { name: 'checkout-ok' },
          spec: {
            ratioMetric: {
              counter: true,
              good: prometheus(
                'sum(rate(http_requests_total{code!~"5.."}[5m]))',
              ),
              total: prometheus('sum(rate(http_requests_total[5m]))'),
            },
          },
        },
        timeWindow: rolling28d,
        budgetingMethod: 'Occurrences',
        objectives: [{ displayName: 'Availability', target: 0.995 }],
      }),
    ]);
    expect(issues).toEqual([]);
    expect(slos).toHaveLength(1);
    expect(slos[0]).toMatchObject({
      name: 'checkout-availability',
      service: 'checkout',
      documentIndex: 0,
      budgetingMethod: 'Occurrences',
      timeWindow: {
        type: 'rolling',
        duration: { text: '28d', count: 28, unit: 'd' },
      },
      objectives: [{ index: 0, displayName: 'Availability', target: 0.995 }],
      alertPolicies: [],
    });
    expect(slos[0].indicator).toEqual({
      name: 'checkout-ok',
      metric: {
        type: 'ratio',
        counter: true,
        good: {
          type: 'Prometheus',
          query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))',
          spec: { query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))' },
        },
        total: {
          type: 'Prometheus',
          query: 'sum(rate(http_requests_total[5m]))',
          spec: { query: 'sum(rate(http_requests_total[5m]))' },
        },
      },
    });
  });

  it('resolves indicatorRef, metricSourceRef (and the dataSourceRef alias) across documents', () => {
    const { slos, issues } = parseOpenSloDocuments([
      slo('api-errors', {
        indicatorRef: 'api-bad-requests',
        timeWindow: rolling28d,
        budgetingMethod: 'Occurrences',
        objectives: [{ targetPercent: 99.9 }],
      }),
      {
        apiVersion: 'openslo/v1',
        kind: 'SLI',
        metadata: { name: 'api-bad-requests', displayName: 'API 5xx' },
        spec: {
          ratioMetric: {
            bad: {
              metricSource: {
                metricSourceRef: 'prom',
                spec: { query: 'sum(rate(e[5m]))' },
              },
            },
            total: {
              metricSource: {
                dataSourceRef: 'prom',
                spec: { query: 'sum(rate(t[5m]))' },
              },
            },
          },
        },
      },
      {
        apiVersion: 'openslo/v1',
        kind: 'DataSource',
        metadata: { name: 'prom' },
        spec: {
          type: 'Prometheus',
          connectionDetails: { url: 'http://prometheus:9090', token: 'secret' },
        },
      },
      null, // an empty YAML document (trailing `---`) is skipped
    ]);
    expect(issues).toEqual([]);
    const [parsed] = slos;
    expect(parsed.indicatorRef).toBe('api-bad-requests');
    // targetPercent 99.9 → target 99.9 / 100 = 0.999 (rounded past float noise)
    expect(parsed.objectives[0]).toEqual({
      index: 0,
      displayName: 'Objective 1',
      target: 0.999,
    });
    expect(parsed.indicator.displayName).toBe('API 5xx');
    const metric = parsed.indicator.metric;
    expect(metric.type).toBe('ratio');
    if (metric.type !== 'ratio') return;
    expect(metric.good).toBeUndefined();
    // The type comes from the DataSource; its connectionDetails are not carried along.
    expect(metric.bad).toEqual({
      type: 'Prometheus',
      dataSourceRef: 'prom',
      dataSource: { name: 'prom', type: 'Prometheus' },
      query: 'sum(rate(e[5m]))',
      spec: { query: 'sum(rate(e[5m]))' },
    });
    expect(metric.total.dataSourceRef).toBe('prom');
  });

  it('parses a raw ratio with rawType', () => {
    const { slos, issues } = parseOpenSloDocuments([
      slo('raw-availability', {
        indicator: {
          spec: {
            ratioMetric: {
              rawType: 'failure',
              raw: prometheus('job:error_ratio:5m'),
            },
          },
        },
        timeWindow: rolling28d,
        budgetingMethod: 'RatioTimeslices',
        objectives: [{ target: 0.99, timeSliceWindow: 5 }],
      }),
    ]);
    expect(issues).toEqual([]);
    expect(slos[0].indicator.metric).toMatchObject({
      type: 'rawRatio',
      rawType: 'failure',
    });
    // a bare number of minutes is normalised to the shorthand
    expect(slos[0].objectives[0].timeSliceWindow).toEqual({
      text: '5m',
      count: 5,
      unit: 'm',
    });
  });

  it('parses a threshold SLO with Timeslices budgeting on a calendar window', () => {
    const { slos, issues } = parseOpenSloDocuments([
      slo('search-latency', {
        indicator: {
          metadata: { name: 'search-p99' },
          spec: {
            thresholdMetric: prometheus(
              'histogram_quantile(0.99, sum by (le) (rate(b[5m])))',
            ),
          },
        },
        timeWindow: [
          {
            duration: '1M',
            calendar: {
              startTime: '2024-01-01 00:00:00',
              timeZone: 'Europe/Berlin',
            },
          },
        ],
        budgetingMethod: 'Timeslices',
        objectives: [
          {
            displayName: 'p99 under 300 ms',
            op: 'lte',
            value: 0.3,
            target: 0.99,
            timeSliceTarget: 0.95,
            timeSliceWindow: '1h',
          },
        ],
      }),
    ]);
    expect(issues).toEqual([]);
    expect(slos[0].timeWindow).toEqual({
      type: 'calendar',
      duration: { text: '1M', count: 1, unit: 'M' },
      startTime: '2024-01-01 00:00:00',
      timeZone: 'Europe/Berlin',
    });
    expect(slos[0].objectives[0]).toEqual({
      index: 0,
      displayName: 'p99 under 300 ms',
      target: 0.99,
      op: 'lte',
      value: 0.3,
      timeSliceTarget: 0.95,
      timeSliceWindow: { text: '1h', count: 1, unit: 'h' },
    });
    expect(slos[0].indicator.metric.type).toBe('threshold');
  });

  it('keeps several objectives of a ratio SLO, each with its display name', () => {
    const { slos } = parseOpenSloDocuments([
      slo('checkout', {
        indicator: {
          spec: {
            ratioMetric: { good: prometheus('g'), total: prometheus('t') },
          },
        },
        timeWindow: {
          duration: '1w',
          calendar: { startTime: '2024-01-01', timeZone: 'UTC' },
        },
        budgetingMethod: 'Occurrences',
        objectives: [
          { displayName: 'Good', target: 0.99 },
          { displayName: 'Great', targetPercent: 99.95 },
        ],
      }),
    ]);
    expect(slos[0].objectives.map(o => [o.displayName, o.target])).toEqual([
      ['Good', 0.99],
      ['Great', 0.9995],
    ]);
    // a bare mapping for timeWindow is accepted, and a date without time means midnight
    expect(slos[0].timeWindow).toMatchObject({
      type: 'calendar',
      startTime: '2024-01-01',
    });
  });

  it('resolves alert policies inline and by alertPolicyRef, with conditions inline and by conditionRef', () => {
    const { slos, issues } = parseOpenSloDocuments([
      slo('checkout', {
        indicator: {
          spec: {
            ratioMetric: { good: prometheus('g'), total: prometheus('t') },
          },
        },
        timeWindow: rolling28d,
        budgetingMethod: 'Occurrences',
        objectives: [{ target: 0.999 }],
        alertPolicies: [
          { alertPolicyRef: 'fast-burn' },
          {
            kind: 'AlertPolicy',
            metadata: { name: 'slow-burn' },
            spec: {
              alertWhenBreaching: true,
              conditions: [
                {
                  kind: 'AlertCondition',
                  metadata: { name: 'slow' },
                  spec: {
                    severity: 'ticket',
                    condition: {
                      kind: 'burnrate',
                      threshold: 1,
                      lookbackWindow: '3d',
                    },
                  },
                },
              ],
              notificationTargets: [{ targetRef: 'mail' }],
            },
          },
        ],
      }),
      {
        apiVersion: 'openslo/v1',
        kind: 'AlertPolicy',
        metadata: { name: 'fast-burn' },
        spec: {
          conditions: [{ conditionRef: 'fast' }],
          notificationTargets: [{ targetRef: 'mail' }],
        },
      },
      {
        apiVersion: 'openslo/v1',
        kind: 'AlertCondition',
        metadata: { name: 'fast' },
        spec: {
          severity: 'page',
          condition: {
            kind: 'burnrate',
            threshold: 14.4,
            lookbackWindow: '1h',
            alertAfter: '5m',
          },
        },
      },
      {
        apiVersion: 'openslo/v1',
        kind: 'AlertNotificationTarget',
        metadata: { name: 'mail' },
        spec: { target: 'email' },
      },
    ]);
    expect(issues).toEqual([]);
    expect(slos[0].alertPolicies).toEqual([
      {
        name: 'fast-burn',
        alertWhenBreaching: true,
        alertWhenResolved: false,
        alertWhenNoData: false,
        conditions: [
          {
            name: 'fast',
            severity: 'page',
            kind: 'burnrate',
            threshold: 14.4,
            lookbackWindow: { text: '1h', count: 1, unit: 'h' },
            alertAfter: { text: '5m', count: 5, unit: 'm' },
          },
        ],
      },
      {
        name: 'slow-burn',
        alertWhenBreaching: true,
        alertWhenResolved: false,
        alertWhenNoData: false,
        conditions: [
          {
            name: 'slow',
            severity: 'ticket',
            kind: 'burnrate',
            threshold: 1,
            lookbackWindow: { text: '3d', count: 3, unit: 'd' },
            alertAfter: { text: '0m', count: 0, unit: 'm' },
          },
        ],
      },
    ]);
  });

  it('accepts a calendar startTime that a YAML 1.1 loader turned into a Date', () => {
    // js-yaml reads `2024-01-01 06:30:00` as that instant in UTC
    const { slos, issues } = parseOpenSloDocuments([
      slo('checkout', {
        indicator: {
          spec: {
            ratioMetric: { good: prometheus('g'), total: prometheus('t') },
          },
        },
        timeWindow: [
          {
            duration: '1Q',
            calendar: {
              startTime: new Date('2024-01-01T06:30:00Z'),
              timeZone: 'UTC',
            },
          },
        ],
        budgetingMethod: 'Occurrences',
        objectives: [{ target: 0.99 }],
      }),
    ]);
    expect(issues).toEqual([]);
    expect(slos[0].timeWindow).toMatchObject({
      startTime: '2024-01-01 06:30:00',
    });
  });

  it('returns the valid SLOs of a set even when another document is broken', () => {
    const good = slo('ok', {
      indicator: {
        spec: {
          ratioMetric: { good: prometheus('g'), total: prometheus('t') },
        },
      },
      timeWindow: rolling28d,
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.99 }],
    });
    const broken = slo('broken', {
      ...good.spec,
      objectives: [{ target: 99 }],
    });
    const { slos, issues } = parseOpenSloDocuments([broken, good]);
    expect(slos.map(s => s.name)).toEqual(['ok']);
    expect(issues).toHaveLength(1);
  });
});
