import { ogIncident } from './__testUtils__/fakeOpsgenie';
import { queryFragmentOf } from './listQueryScopes';
import { toIncidentEvent } from './toIncidentEvent';

const scope = { key: 'tag:x', entityRef: 'component:default/checkout' };

describe('toIncidentEvent', () => {
  it('maps a resolved P2 incident, resolved at its last update', () => {
    const incident = ogIncident('i-1', '2026-02-01T09:00:00.000Z', {
      message: 'Checkout 500s',
      priority: 'P2',
      status: 'resolved',
      updatedAt: '2026-02-01T09:25:00.000Z',
    });
    expect(toIncidentEvent(incident, scope, 'production')).toEqual({
      ok: true,
      nativeId: 'i-1',
      open: false,
      event: {
        type: 'incident',
        id: 'opsgenie:i-1',
        entityRef: 'component:default/checkout',
        environment: 'production',
        severity: 'high',
        title: 'Checkout 500s',
        startedAt: '2026-02-01T09:00:00.000Z',
        resolvedAt: '2026-02-01T09:25:00.000Z',
      },
    });
  });

  it('leaves open incidents unresolved and names why one is skipped', () => {
    const open = toIncidentEvent(
      ogIncident('i-2', '2026-02-01T09:00:00Z', { priority: 'P5' }),
      scope,
      'production',
    );
    expect(open).toMatchObject({
      ok: true,
      open: true,
      event: { severity: 'info' },
    });
    expect(open.ok && open.event.resolvedAt).toBeUndefined();
    expect(
      toIncidentEvent(ogIncident('i-3', 'soon'), scope, 'production'),
    ).toEqual({ ok: false, reason: 'incident 3 has no valid createdAt' });
  });
});

describe('queryFragmentOf', () => {
  const entity = (annotations: Record<string, string>) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'x', annotations },
  });

  it('prefers the component selector, else queries the team as responder', () => {
    expect(
      queryFragmentOf(
        entity({
          'opsgenie.com/component-selector': 'tag:"service:x"',
          'opsgenie.com/team': 'a',
        }),
      ),
    ).toBe('tag:"service:x"');
    expect(queryFragmentOf(entity({ 'opsgenie.com/team': 'Team "A"' }))).toBe(
      'responders:"Team \\"A\\""',
    );
    expect(queryFragmentOf(entity({}))).toBeUndefined();
  });
});
