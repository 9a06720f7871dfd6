import {
  AttributionDeployment,
  AttributionIncident,
  attributeIncidents,
  isProductionDeployment,
} from './attributeIncidents';

const svc = 'component:default/checkout';

function deployment(
  id: string,
  finishedAt: string,
  extra: Partial<AttributionDeployment> = {},
): AttributionDeployment {
  return {
    id,
    entityRef: svc,
    environment: 'production',
    status: 'succeeded',
    finishedAt,
    ...extra,
  };
}

function incident(
  id: string,
  startedAt: string,
  extra: Partial<AttributionIncident> = {},
): AttributionIncident {
  return { id, entityRef: svc, startedAt, ...extra };
}

// Timeline used by most cases (all on 2026-03-02, UTC):
//   d1 finished 10:00, d2 finished 10:30, d3 (failed) finished 10:40,
//   s1 (staging) finished 10:50
const d1 = deployment('d1', '2026-03-02T10:00:00Z');
const d2 = deployment('d2', '2026-03-02T10:30:00Z');
const d3 = deployment('d3', '2026-03-02T10:40:00Z', { status: 'failed' });
const s1 = deployment('s1', '2026-03-02T10:50:00Z', { environment: 'staging' });
const timeline = [d2, d3, d1, s1];

describe('attributeIncidents', () => {
  it('picks the latest production deployment finished at or before the start', () => {
    const result = attributeIncidents(
      [
        incident('before-all', '2026-03-02T09:59:59Z'),
        incident('after-d1', '2026-03-02T10:15:00Z'),
        incident('exactly-at-d2', '2026-03-02T10:30:00Z'),
        // d3 failed and s1 is staging: both skipped, so d2 is the latest.
        incident('after-d3-and-s1', '2026-03-02T11:00:00Z'),
      ],
      timeline,
    );
    expect(Object.fromEntries(result)).toEqual({
      'before-all': undefined,
      'after-d1': 'd1',
      'exactly-at-d2': 'd2',
      'after-d3-and-s1': 'd2',
    });
  });

  it('prefers the deployment an incident names, even one not passed in', () => {
    const result = attributeIncidents(
      [
        incident('named', '2026-03-02T11:00:00Z', { deploymentId: 'd1' }),
        incident('unknown', '2026-03-02T11:00:00Z', { deploymentId: 'old-7' }),
      ],
      timeline,
    );
    expect(result.get('named')).toBe('d1');
    expect(result.get('unknown')).toBe('old-7');
  });

  it('matches entity and environment; the incident environment defaults to production', () => {
    const result = attributeIncidents(
      [
        incident('staging', '2026-03-02T11:00:00Z', { environment: 'staging' }),
        incident('other-entity', '2026-03-02T11:00:00Z', {
          entityRef: 'component:default/payments',
        }),
        // Refs compare case-insensitively.
        incident('upper-case-ref', '2026-03-02T10:05:00Z', {
          entityRef: 'Component:Default/Checkout',
          environment: 'production',
        }),
      ],
      timeline,
    );
    // Staging is not a production environment by default, so s1 never counts.
    expect(result.get('staging')).toBeUndefined();
    expect(result.get('other-entity')).toBeUndefined();
    expect(result.get('upper-case-ref')).toBe('d1');
  });

  it('uses the configured production environments', () => {
    const result = attributeIncidents(
      [incident('i', '2026-03-02T11:00:00Z', { environment: 'staging' })],
      timeline,
      { productionEnvironments: ['production', 'staging'] },
    );
    expect(result.get('i')).toBe('s1');
  });

  it('compares instants, not strings, across offsets', () => {
    // 11:20+01:00 is 10:20Z: after d1 (10:00Z), before d2 (10:30Z).
    const result = attributeIncidents(
      [incident('i', '2026-03-02T11:20:00+01:00')],
      timeline,
    );
    expect(result.get('i')).toBe('d1');
  });

  it('breaks ties of equal finish times by the smallest id', () => {
    const twins = [
      deployment('b', '2026-03-02T10:00:00Z'),
      deployment('a', '2026-03-02T10:00:00.000+00:00'),
      deployment('c', '2026-03-02T10:00:00Z'),
    ];
    const result = attributeIncidents(
      [incident('i', '2026-03-02T10:00:00Z')],
      twins,
    );
    expect(result.get('i')).toBe('a');
  });

  it('returns an empty map for no incidents', () => {
    expect(attributeIncidents([], timeline).size).toBe(0);
  });
});

describe('isProductionDeployment', () => {
  it('needs a succeeded status in a production environment', () => {
    expect(isProductionDeployment(d1)).toBe(true);
    expect(isProductionDeployment(d3)).toBe(false);
    expect(isProductionDeployment(s1)).toBe(false);
    expect(isProductionDeployment(s1, ['staging'])).toBe(true);
  });
});
