import { pdIncident } from './__testUtils__/fakePagerDuty';
import { toIncidentEvent } from './toIncidentEvent';

const scope = { key: 'PCHK', entityRef: 'component:default/checkout' };

describe('toIncidentEvent', () => {
  it('maps a resolved P2 incident', () => {
    const incident = pdIncident('Q1', 'PCHK', '2026-02-01T10:00:00+01:00', {
      status: 'resolved',
      resolved_at: '2026-02-01T09:40:00Z',
      priority: { id: 'P', name: 'P2' },
      title: 'Checkout 500s',
    });
    expect(toIncidentEvent(incident, scope, 'production')).toEqual({
      ok: true,
      nativeId: 'Q1',
      open: false,
      event: {
        type: 'incident',
        id: 'pagerduty:Q1',
        entityRef: 'component:default/checkout',
        environment: 'production',
        severity: 'high',
        title: 'Checkout 500s',
        startedAt: '2026-02-01T09:00:00.000Z',
        resolvedAt: '2026-02-01T09:40:00.000Z',
      },
    });
  });

  it('uses the urgency without a priority and leaves open ones unresolved', () => {
    const mapped = toIncidentEvent(
      pdIncident('Q2', 'PCHK', '2026-02-01T09:00:00Z', {
        status: 'acknowledged',
      }),
      scope,
      'prod',
    );
    expect(mapped).toMatchObject({ ok: true, open: true });
    expect(mapped.ok && mapped.event).toEqual(
      expect.objectContaining({ severity: 'high', environment: 'prod' }),
    );
    expect(mapped.ok && mapped.event.resolvedAt).toBeUndefined();
  });

  it('names why an incident is skipped', () => {
    expect(
      toIncidentEvent(
        pdIncident('Q3', 'PCHK', 'yesterday'),
        scope,
        'production',
      ),
    ).toEqual({ ok: false, reason: 'incident Q3 has no valid created_at' });
    expect(
      toIncidentEvent(
        pdIncident('Q4', 'POTHER', '2026-02-01T09:00:00Z'),
        scope,
        'production',
      ),
    ).toEqual({
      ok: false,
      reason: "incident Q4 belongs to service 'POTHER', not 'PCHK'",
    });
  });
});
