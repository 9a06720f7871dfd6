import { parseOpenSloDocuments } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  openSloAnnotationYaml,
  openSloAppConfigYaml,
  openSloExampleDocument,
  openSloExampleYaml,
} from './openSloExample';
import { toYaml } from './toYaml';

describe('openSloExample', () => {
  it('is a valid OpenSLO SLO for the shared parser', () => {
    const { slos, issues } = parseOpenSloDocuments([
      openSloExampleDocument('checkout-api'),
    ]);
    expect(issues).toEqual([]);
    expect(slos).toHaveLength(1);
    expect(slos[0].objectives[0].target).toBe(0.995);
  });

  it('renders as block YAML with the queries quoted', () => {
    expect(openSloExampleYaml('checkout-api')).toBe(
      [
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata:',
        '  name: availability',
        '  displayName: Availability',
        'spec:',
        '  service: checkout-api',
        '  indicator:',
        '    metadata:',
        '      name: good-requests',
        '    spec:',
        '      ratioMetric:',
        '        counter: true',
        '        good:',
        '          metricSource:',
        '            type: Prometheus',
        '            spec:',
        '              query: "sum(rate(http_requests_total{job=\\"checkout-api\\",code!~\\"5..\\"}[5m]))"',
        '        total:',
        '          metricSource:',
        '            type: Prometheus',
        '            spec:',
        '              query: "sum(rate(http_requests_total{job=\\"checkout-api\\"}[5m]))"',
        '  timeWindow:',
        '    - duration: 28d',
        '      isRolling: true',
        '  budgetingMethod: Occurrences',
        '  objectives:',
        '    - displayName: Good requests',
        '      target: 0.995',
      ].join('\n'),
    );
  });

  it('renders the annotation and the inline app-config form', () => {
    expect(openSloAnnotationYaml()).toBe(
      [
        'metadata:',
        '  annotations:',
        '    delivery-reliability.io/openslo: openslo.yaml',
      ].join('\n'),
    );
    const config = openSloAppConfigYaml(
      'component:default/checkout-api',
      'checkout-api',
    );
    expect(config.split('\n').slice(0, 6)).toEqual([
      'deliveryReliability:',
      '  slo:',
      '    entities:',
      '      - entityRef: "component:default/checkout-api"',
      '        documents:',
      '          - apiVersion: openslo/v1',
    ]);
  });
});

describe('toYaml', () => {
  it('quotes strings YAML would read as something else', () => {
    expect(
      toYaml({
        a: 'yes',
        b: '0.5',
        c: 'x: y',
        d: 1,
        e: ['p', 'q r'],
        f: '2024-05-01',
        g: ' padded',
      }),
    ).toBe(
      [
        'a: "yes"',
        'b: "0.5"',
        'c: "x: y"',
        'd: 1',
        'e:',
        '  - p',
        '  - q r',
        'f: "2024-05-01"',
        'g: " padded"',
      ].join('\n'),
    );
  });
});
