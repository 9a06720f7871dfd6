import { toMappedIncident } from './toMappedIncident';

const base = {
  sourceId: 'pagerduty',
  nativeId: 'Q1',
  scope: { key: 'PSVC', entityRef: 'component:default/checkout' },
  environment: 'production',
  startedAt: '2026-03-01T10:00:00Z',
};

describe('toMappedIncident', () => {
  it('prefixes the id with the source and keeps a resolved one closed', () => {
    expect(
      toMappedIncident({
        ...base,
        resolved: true,
        resolvedAt: '2026-03-01T10:30:00Z',
        severity: 'critical',
        title: 'Checkout down',
      }),
    ).toEqual({
      ok: true,
      nativeId: 'Q1',
      open: false,
      event: {
        type: 'incident',
        id: 'pagerduty:Q1',
        entityRef: 'component:default/checkout',
        environment: 'production',
        startedAt: '2026-03-01T10:00:00Z',
        resolvedAt: '2026-03-01T10:30:00Z',
        severity: 'critical',
        title: 'Checkout down',
      },
    });
  });

  it('leaves out empty fields and a resolve before the start', () => {
    const mapped = toMappedIncident({
      ...base,
      resolved: false,
      // 09:00 is before the 10:00 start: inconsistent, so dropped.
      resolvedAt: '2026-03-01T09:00:00Z',
      severity: undefined,
      title: '',
    });
    expect(mapped.ok && mapped.open).toBe(true);
    // No resolvedAt, severity or title keys at all, not even undefined ones.
    expect(mapped.ok && Object.keys(mapped.event).sort()).toEqual([
      'entityRef',
      'environment',
      'id',
      'startedAt',
      'type',
    ]);
  });

  it('cuts the title to 4096 characters', () => {
    const mapped = toMappedIncident({
      ...base,
      resolved: false,
      title: 'x'.repeat(5000),
    });
    expect(mapped.ok && mapped.event.title).toHaveLength(4096);
  });
});
