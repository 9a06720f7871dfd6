import { DeliveryEvent } from '../../events';
import {
  toDoraChange,
  toDoraDeployment,
  toDoraIncident,
  toDoraInput,
} from './convert';

const svc = 'component:default/checkout';

describe('converters', () => {
  it('turns a deployment event into a normalized record with epoch ms', () => {
    expect(
      toDoraDeployment({
        type: 'deployment',
        id: 'd1',
        entityRef: svc,
        environment: 'production',
        status: 'succeeded',
        // 12:00+02:00 is 10:00Z
        finishedAt: '2026-03-02T12:00:00+02:00',
      }),
    ).toEqual({
      id: 'd1',
      entityRef: svc,
      environment: 'production',
      status: 'succeeded',
      finishedAtMs: Date.parse('2026-03-02T10:00:00Z'),
      rollback: false,
      hotfix: false,
      changeIds: [],
    });
  });

  it('treats a deployment naming rollsBack as a rollback', () => {
    const d = toDoraDeployment({
      type: 'deployment',
      id: 'r1',
      entityRef: svc,
      environment: 'production',
      status: 'succeeded',
      finishedAt: '2026-03-02T10:00:00Z',
      rollsBack: 'd1',
      hotfix: true,
      changeIds: ['c1'],
    });
    expect(d).toMatchObject({
      rollback: true,
      rollsBack: 'd1',
      hotfix: true,
      changeIds: ['c1'],
    });
  });

  it('converts changes and incidents, keeping absent optional times absent', () => {
    expect(
      toDoraChange({
        type: 'change',
        id: 'c1',
        entityRef: svc,
        firstCommitAt: '2026-03-01T00:00:00Z',
        mergedAt: '2026-03-01T06:00:00Z',
      }),
    ).toEqual({
      id: 'c1',
      entityRef: svc,
      firstCommitAtMs: Date.parse('2026-03-01T00:00:00Z'),
      mergedAtMs: Date.parse('2026-03-01T06:00:00Z'),
    });
    expect(
      toDoraIncident({
        type: 'incident',
        id: 'i1',
        entityRef: svc,
        startedAt: '2026-03-01T00:00:00Z',
        fixedByDeploymentId: 'd9',
      }),
    ).toEqual({
      id: 'i1',
      entityRef: svc,
      startedAtMs: Date.parse('2026-03-01T00:00:00Z'),
      fixedByDeploymentId: 'd9',
    });
  });

  it('names the field of an unparsable time', () => {
    expect(() =>
      toDoraIncident({
        type: 'incident',
        id: 'i1',
        entityRef: svc,
        startedAt: '2026-03-01T00:00:00Z',
        resolvedAt: 'yesterday',
      }),
    ).toThrow('incident i1: resolvedAt "yesterday" is not an RFC 3339 time');
  });

  it('splits events by type and lets a re-sent event replace the old one', () => {
    const events: DeliveryEvent[] = [
      {
        type: 'incident',
        id: 'x',
        entityRef: svc,
        startedAt: '2026-03-01T00:00:00Z',
      },
      {
        type: 'deployment',
        id: 'x',
        entityRef: svc,
        environment: 'production',
        status: 'failed',
        finishedAt: '2026-03-01T01:00:00Z',
      },
      {
        type: 'change',
        id: 'c1',
        entityRef: svc,
        firstCommitAt: '2026-03-01T00:00:00Z',
      },
      // Re-sent deployment x: now succeeded. Same id, other type (incident x) is untouched.
      {
        type: 'deployment',
        id: 'x',
        entityRef: svc,
        environment: 'production',
        status: 'succeeded',
        finishedAt: '2026-03-01T01:00:00Z',
      },
    ];
    const input = toDoraInput(events);
    expect(input.deployments).toHaveLength(1);
    expect(input.deployments[0].status).toBe('succeeded');
    expect(input.incidents.map(i => i.id)).toEqual(['x']);
    expect(input.changes.map(c => c.id)).toEqual(['c1']);
  });
});
