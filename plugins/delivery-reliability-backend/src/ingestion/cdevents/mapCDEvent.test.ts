import { loadOpenApiDocument } from '../../schema/openApiDocument';
import { EventValidator } from '../EventValidator';
import { MappedEvent } from '../mappedEvent';
import * as examples from './__fixtures__/examples';
import { mapCDEvent } from './mapCDEvent';

const validator = EventValidator.fromOpenApi(loadOpenApiDocument());

/** Validates then maps, as ingestion does. */
function map(event: unknown, index = 0): MappedEvent {
  const validated = validator.validate(event, index);
  if (validated.form !== 'cdevent') throw new Error('expected a CDEvent');
  return mapCDEvent(validated.event, validated.kind, `events[${index}]`);
}

function clone<T>(value: T): any {
  return JSON.parse(JSON.stringify(value));
}

describe('mapCDEvent, spec v0.4', () => {
  it('maps service.deployed onto a succeeded deployment', () => {
    expect(map(examples.v04ServiceDeployed)).toEqual({
      type: 'deployment',
      id: 'deploy-100',
      entityRef: 'checkout',
      environment: 'production',
      status: 'succeeded',
      finishedAt: '2026-03-02T10:00:00Z',
      changeIds: ['pr-7'],
      rollback: false,
      version:
        'sha256:0b31b1c02ff458ad9b7b81cbdf8f028bd54699fa151f221d1e8de6817db93427',
    });
  });

  it('maps service.rolledback onto a rollback naming the reverted deployment', () => {
    expect(map(examples.v04ServiceRolledback)).toEqual({
      type: 'deployment',
      id: 'c0ffee00-0000-4000-8000-000000000001',
      entityRef: 'component:default/checkout',
      environment: 'production',
      status: 'succeeded',
      finishedAt: '2026-03-02T11:00:00Z',
      rollback: true,
      rollsBack: 'deploy-100',
      version: 'v1.4.1',
    });
  });

  it('maps change.merged onto a change', () => {
    expect(map(examples.v04ChangeMerged)).toEqual({
      type: 'change',
      id: 'pr-7',
      entityRef: 'component:default/checkout',
      firstCommitAt: '2026-03-01T15:30:00+01:00',
      prOpenedAt: '2026-03-01T16:00:00Z',
      mergedAt: '2026-03-02T09:00:00Z',
    });
  });

  it('accepts older event type versions such as service.deployed.0.1.1', () => {
    const event = clone(examples.v04ServiceDeployed);
    event.context.version = '0.3.0';
    event.context.type = 'dev.cdevents.service.deployed.0.1.1';
    expect(map(event)).toMatchObject({ type: 'deployment', id: 'deploy-100' });
  });
});

describe('mapCDEvent, spec v0.5', () => {
  it('maps service.upgraded without customData from the envelope', () => {
    expect(map(examples.v05ServiceUpgraded)).toEqual({
      type: 'deployment',
      id: '9b2e5c4a-6d0f-4e0b-8f6a-2a7c1e3d4b5f',
      entityRef: 'checkout',
      environment: 'production',
      status: 'succeeded',
      finishedAt: '2026-03-02T10:30:00.250Z',
      rollback: false,
      version: 'v1.5.0',
    });
  });

  it('maps incident.detected onto an incident of the service', () => {
    expect(map(examples.v05IncidentDetected)).toEqual({
      type: 'incident',
      id: 'incident-123',
      entityRef: 'checkout',
      environment: 'production',
      severity: 'SEV2',
      title: 'Response time above threshold of 100ms',
      startedAt: '2026-03-02T10:45:00Z',
    });
  });

  it('maps incident.resolved onto a resolution of the same incident', () => {
    expect(map(examples.v05IncidentResolved)).toEqual({
      type: 'incident-resolution',
      id: 'incident-123',
      entityRef: 'checkout',
      environment: 'production',
      title: 'Response time back below 100ms',
      startedAt: '2026-03-02T11:15:00Z',
      resolvedAt: '2026-03-02T11:15:00Z',
      postmortemUrl: 'https://wiki.example.com/pm/123',
    });
    const withStart = clone(examples.v05IncidentResolved);
    withStart.customData.startedAt = '2026-03-02T10:40:00Z';
    expect(map(withStart)).toMatchObject({ startedAt: '2026-03-02T10:40:00Z' });
  });

  it('prefers customData.entityRef over the service id', () => {
    const event = clone(examples.v05IncidentDetected);
    event.customData.entityRef = 'component:shop/checkout';
    expect(map(event)).toMatchObject({ entityRef: 'component:shop/checkout' });
  });
});

describe('mapCDEvent errors', () => {
  const cases: Array<[string, (event: any) => void, object, string]> = [
    [
      'change.merged without firstCommitAt',
      e => delete e.customData.firstCommitAt,
      examples.v04ChangeMerged,
      'events[0].customData.firstCommitAt is required',
    ],
    [
      'change.merged without customData',
      e => delete e.customData,
      examples.v04ChangeMerged,
      'events[0].customData is required',
    ],
    [
      'change.merged without entityRef',
      e => delete e.customData.entityRef,
      examples.v04ChangeMerged,
      'events[0].customData.entityRef is required',
    ],
    [
      'an unsupported type',
      e => (e.context.type = 'dev.cdevents.build.finished.0.2.0'),
      examples.v04ServiceDeployed,
      'events[0].context.type "dev.cdevents.build.finished.0.2.0" is not supported',
    ],
    [
      'a timestamp without offset',
      e => (e.context.timestamp = '2026-03-02T10:00:00'),
      examples.v05ServiceUpgraded,
      'events[0].context.timestamp must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
    ],
    [
      'no environment',
      e => delete e.subject.content.environment,
      examples.v05ServiceUpgraded,
      'events[0].subject.content.environment is required',
    ],
    [
      'no spec version',
      e => delete e.context.specversion,
      examples.v05ServiceUpgraded,
      'events[0].context.version (CDEvents v0.4) or events[0].context.specversion (v0.5) is required',
    ],
    [
      'base64 customData',
      e => (e.customData = 'eyJhIjoxfQ=='),
      examples.v04ServiceDeployed,
      'events[0].customData must be an object',
    ],
    [
      'an incident naming no service',
      e => delete e.subject.content.service,
      examples.v05IncidentDetected,
      'events[0].subject.content.service.id is required unless events[0].customData.entityRef is set',
    ],
    [
      'a service id that is no entity ref',
      e => (e.subject.id = 'shop/checkout/api'),
      examples.v05ServiceUpgraded,
      'events[0].subject.id "shop/checkout/api" is neither an entity ref nor an entity name; set events[0].customData.entityRef',
    ],
  ];

  it.each(cases)('rejects %s', (_name, change, example, message) => {
    const event = clone(example);
    change(event);
    expect(() => map(event)).toThrow(message);
    expect(() => map(event)).toThrow(
      expect.objectContaining({ name: 'InputError' }),
    );
  });
});
