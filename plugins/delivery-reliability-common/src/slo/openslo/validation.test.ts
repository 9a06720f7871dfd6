import { formatOpenSloIssue } from './format';
import { parseOpenSloDocuments } from './parseOpenSlo';

const source = { metricSource: { type: 'Prometheus', spec: { query: 'q' } } };
const validSpec = {
  indicator: { spec: { ratioMetric: { good: source, total: source } } },
  timeWindow: [{ duration: '28d', isRolling: true }],
  budgetingMethod: 'Occurrences',
  objectives: [{ displayName: 'Availability', target: 0.995 }],
};

function sloWith(spec: Record<string, unknown>, name = 'checkout') {
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name },
    spec: { ...validSpec, ...spec },
  };
}

/** The issues of one set, as `[path, message]` pairs. */
function issuesOf(documents: unknown[]) {
  const { slos, issues } = parseOpenSloDocuments(documents);
  expect(slos).toEqual([]);
  return issues.map(i => [i.path, i.message]);
}

describe('OpenSLO validation', () => {
  it('names the document, path and fix of each error, and formats it as one line', () => {
    const { issues } = parseOpenSloDocuments([
      sloWith({}, 'fine'),
      sloWith({ objectives: [{ displayName: 'Availability', target: 99.5 }] }),
    ]);
    expect(issues).toEqual([
      {
        document: { index: 1, kind: 'SLO', name: 'checkout' },
        path: 'spec.objectives[0].target',
        message: 'target must be a number in (0, 1), e.g. 0.995 (got 99.5)',
      },
    ]);
    expect(formatOpenSloIssue(issues[0])).toBe(
      'SLO "checkout" (document 1) at spec.objectives[0].target: target must be a number in (0, 1), e.g. 0.995 (got 99.5)',
    );
  });

  it('requires an indicator', () => {
    expect(issuesOf([sloWith({ indicator: undefined })])).toEqual([
      [
        'spec.indicator',
        'an SLO needs an indicator: inline spec.indicator (metadata and spec of an SLI) or name an SLI document in spec.indicatorRef',
      ],
    ]);
  });

  it('rejects targets outside (0, 1) and percentages outside (0, 100)', () => {
    expect(
      issuesOf([
        sloWith({
          objectives: [
            { target: 0 },
            { target: 1 },
            { targetPercent: 100 },
            { target: '0.99' },
            {},
            { target: 0.9, targetPercent: 90 },
          ],
        }),
      ]),
    ).toEqual([
      [
        'spec.objectives[0].target',
        'target must be a number in (0, 1), e.g. 0.995 (got 0)',
      ],
      [
        'spec.objectives[1].target',
        'target must be a number in (0, 1), e.g. 0.995 (got 1)',
      ],
      [
        'spec.objectives[2].targetPercent',
        'targetPercent must be a number in (0, 100), e.g. 99.5 (got 100)',
      ],
      [
        'spec.objectives[3].target',
        'target must be a number in (0, 1), e.g. 0.995 (got "0.99")',
      ],
      [
        'spec.objectives[4].target',
        'target must be a number in (0, 1), e.g. 0.995 (got nothing)',
      ],
      ['spec.objectives[5]', 'give either target or targetPercent, not both'],
    ]);
  });

  it('reports refs to documents that are missing or broken', () => {
    expect(
      issuesOf([
        sloWith({ indicator: undefined, indicatorRef: 'checkout-sli' }),
      ]),
    ).toEqual([
      [
        'spec.indicatorRef',
        'indicatorRef "checkout-sli" names no SLI in this set: add an SLI document with metadata.name "checkout-sli" or fix the name',
      ],
    ]);
    const brokenSli = {
      apiVersion: 'openslo/v1',
      kind: 'SLI',
      metadata: { name: 'checkout-sli' },
      spec: { ratioMetric: { good: source } },
    };
    const { issues } = parseOpenSloDocuments([
      brokenSli,
      sloWith({ indicator: undefined, indicatorRef: 'checkout-sli' }),
    ]);
    expect(issues.map(i => [i.document.index, i.path, i.message])).toEqual([
      [
        0,
        'spec.ratioMetric.total',
        'total is required with good or bad, e.g. { metricSource: { type: Prometheus, spec: { query: ... } } }',
      ],
      [
        1,
        'spec.indicatorRef',
        'indicatorRef "checkout-sli" names the SLI at document 0, which has errors: fix that document first',
      ],
    ]);
  });

  it('reports an unknown DataSource ref and a Prometheus source without a query', () => {
    const sources = {
      good: { metricSource: { metricSourceRef: 'prom', spec: { query: 'q' } } },
      total: { metricSource: { type: 'Prometheus', spec: {} } },
    };
    expect(
      issuesOf([sloWith({ indicator: { spec: { ratioMetric: sources } } })]),
    ).toEqual([
      [
        'spec.indicator.spec.ratioMetric.good.metricSource.metricSourceRef',
        'metricSourceRef "prom" names no DataSource in this set: add a DataSource document with metadata.name "prom" or fix the name',
      ],
      [
        'spec.indicator.spec.ratioMetric.total.metricSource.spec.query',
        'query must be a PromQL expression for a Prometheus source, e.g. sum(rate(http_requests_total[5m])) (got nothing)',
      ],
    ]);
  });

  it('rejects bad durations and windows', () => {
    expect(
      issuesOf([
        sloWith({ timeWindow: [{ duration: '28 days', isRolling: true }] }),
      ]),
    ).toEqual([
      [
        'spec.timeWindow[0].duration',
        'duration must be a duration: a positive integer followed by m, h, d, w, M, Q or Y, e.g. 28d (got "28 days")',
      ],
    ]);
    expect(
      issuesOf([
        sloWith({ timeWindow: [{ duration: '1M', isRolling: true }] }),
      ]),
    ).toEqual([
      [
        'spec.timeWindow[0].duration',
        'a rolling window needs a fixed length in m, h, d or w, e.g. 28d; 1M needs a calendar window',
      ],
    ]);
    expect(
      issuesOf([
        sloWith({
          timeWindow: [
            {
              duration: '1Q',
              calendar: { startTime: '2024-02-30', timeZone: 'Mars/Olympus' },
            },
          ],
        }),
      ]),
    ).toEqual([
      [
        'spec.timeWindow[0].calendar.startTime',
        'startTime must be a date and time without zone, e.g. 2024-01-01 00:00:00 (got "2024-02-30")',
      ],
      [
        'spec.timeWindow[0].calendar.timeZone',
        'timeZone must be an IANA time zone name, e.g. Europe/Berlin or UTC (got "Mars/Olympus")',
      ],
    ]);
    expect(issuesOf([sloWith({ timeWindow: undefined })])).toEqual([
      [
        'spec.timeWindow',
        'timeWindow is required: a list with one window, e.g. [{ duration: 28d, isRolling: true }] (got nothing)',
      ],
    ]);
  });

  it('checks what the indicator and budgeting method need of each objective', () => {
    const threshold = { indicator: { spec: { thresholdMetric: source } } };
    expect(
      issuesOf([
        sloWith({
          ...threshold,
          budgetingMethod: 'Timeslices',
          objectives: [{ target: 0.99, op: 'le', timeSliceWindow: '1M' }],
        }),
      ]),
    ).toEqual([
      [
        'spec.objectives[0].op',
        'op must be one of lt, lte, gt, gte for a thresholdMetric (got "le")',
      ],
      [
        'spec.objectives[0].value',
        'value must be a number to compare the thresholdMetric with, e.g. 0.3 (got nothing)',
      ],
      [
        'spec.objectives[0].timeSliceTarget',
        'timeSliceTarget must be a number in (0, 1] for Timeslices budgeting, e.g. 0.95 (got nothing)',
      ],
      [
        'spec.objectives[0].timeSliceWindow',
        'timeSliceWindow must be minutes or a duration in m, h, d or w, e.g. 5m (got "1M")',
      ],
    ]);
    expect(
      issuesOf([
        sloWith({
          ...threshold,
          objectives: [
            { target: 0.9, op: 'lt', value: 1 },
            { target: 0.99, op: 'lt', value: 2 },
          ],
        }),
      ]),
    ).toEqual([
      [
        'spec.objectives',
        'a thresholdMetric SLO allows exactly one objective: move the others into their own SLOs',
      ],
    ]);
    expect(issuesOf([sloWith({ budgetingMethod: 'occurrences' })])).toEqual([
      [
        'spec.budgetingMethod',
        'budgetingMethod must be one of Occurrences, Timeslices, RatioTimeslices (got "occurrences")',
      ],
    ]);
  });

  it('checks apiVersion, kind, names and duplicates', () => {
    const { issues } = parseOpenSloDocuments([
      { ...sloWith({}), apiVersion: 'openslo/v1alpha' },
      { apiVersion: 'openslo/v1', kind: 'Slo', metadata: {}, spec: {} },
      'not a document',
      sloWith({}, 'twice'),
      sloWith({}, 'twice'),
    ]);
    expect(issues.map(formatOpenSloIssue)).toEqual([
      'SLO "checkout" (document 0) at apiVersion: apiVersion must be openslo/v1 (got "openslo/v1alpha")',
      'Slo (document 1) at kind: kind must be one of SLO, SLI, DataSource, AlertPolicy, AlertCondition, AlertNotificationTarget, Service (got "Slo")',
      'Slo (document 1) at metadata.name: name must be a non-empty string, e.g. checkout-availability (got nothing)',
      'document (document 2): each document must be a mapping with apiVersion, kind, metadata and spec (got "not a document")',
      'SLO "twice" (document 4) at metadata.name: metadata.name "twice" is already used by the SLO at document 3: names must be unique per kind',
    ]);
  });

  it('checks alert policies and conditions', () => {
    expect(
      issuesOf([
        sloWith({
          alertPolicies: [
            { alertPolicyRef: 'missing' },
            {
              spec: {
                conditions: [
                  {
                    spec: {
                      condition: { threshold: 0, lookbackWindow: '1 hour' },
                    },
                  },
                ],
              },
            },
          ],
        }),
      ]),
    ).toEqual([
      [
        'spec.alertPolicies[0].alertPolicyRef',
        'alertPolicyRef "missing" names no AlertPolicy in this set: add an AlertPolicy document with metadata.name "missing" or fix the name',
      ],
      [
        'spec.alertPolicies[1].spec.conditions[0].spec.severity',
        'severity must be a non-empty string, e.g. page (got nothing)',
      ],
      [
        'spec.alertPolicies[1].spec.conditions[0].spec.condition.threshold',
        'threshold must be a burn rate above 0, e.g. 14.4 (got 0)',
      ],
      [
        'spec.alertPolicies[1].spec.conditions[0].spec.condition.lookbackWindow',
        'lookbackWindow must be a duration: a positive integer followed by m, h, d, w, M, Q or Y, e.g. 28d (got "1 hour")',
      ],
    ]);
  });
});
