import { loadOpenApiDocument } from '../schema/openApiDocument';
import { EventValidator } from './EventValidator';

const validator = EventValidator.fromOpenApi(loadOpenApiDocument());

const deployment = {
  type: 'deployment',
  id: 'd1',
  entityRef: 'component:default/checkout',
  environment: 'production',
  status: 'succeeded',
  finishedAt: '2026-03-02T10:00:00Z',
  startedAt: '2026-03-02T09:55:00+01:00',
  changeIds: ['c1', 'c2'],
  rollback: false,
  hotfix: true,
  version: '1.2.3',
};
const change = {
  type: 'change',
  id: 'c1',
  entityRef: 'checkout',
  firstCommitAt: '2026-03-01T08:00:00Z',
};
const incident = {
  type: 'incident',
  id: 'i1',
  entityRef: 'default/checkout',
  startedAt: '2026-03-02T10:15:00Z',
  postmortemUrl: 'https://wiki.example.com/pm/1',
};

describe('EventValidator', () => {
  it('accepts the native v1 events', () => {
    for (const event of [deployment, change, incident]) {
      expect(validator.validate(event, 0)).toEqual({ form: 'native', event });
    }
  });

  it.each<[string, unknown, number, string]>([
    [
      'an offset-less finish',
      { ...deployment, finishedAt: '2026-01-01T00:00:00' },
      3,
      'events[3].finishedAt must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
    ],
    [
      'a date without time',
      { ...incident, startedAt: '2026-01-01' },
      0,
      'events[0].startedAt must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
    ],
    [
      'an unknown type',
      { ...deployment, type: 'deploy' },
      1,
      'events[1].type must be one of deployment, change, incident (got "deploy")',
    ],
    [
      'no type',
      { id: 'x' },
      2,
      'events[2].type is required: one of deployment, change, incident (or send a CDEvent with context and subject)',
    ],
    [
      'a missing field',
      { ...change, firstCommitAt: undefined },
      0,
      'events[0].firstCommitAt is required',
    ],
    [
      'a misspelt field',
      { ...deployment, finishedat: '2026-03-02T10:00:00Z' },
      0,
      'events[0].finishedat is not a known field; remove it or check its spelling',
    ],
    [
      'an unknown status',
      { ...deployment, status: 'ok' },
      0,
      'events[0].status must be one of succeeded, failed',
    ],
    [
      'an empty change id',
      { ...deployment, changeIds: ['c1', ''] },
      0,
      'events[0].changeIds[1] must not be empty',
    ],
    [
      'a malformed entity ref',
      { ...change, entityRef: 'component:default/' },
      0,
      'events[0].entityRef must be an entity ref like component:default/checkout (kind and namespace may be left out)',
    ],
    [
      'a relative postmortem URL',
      { ...incident, postmortemUrl: '/pm/1' },
      0,
      'events[0].postmortemUrl must be an absolute URI (e.g. https://example.com/postmortems/42)',
    ],
    [
      'a boolean given as string',
      { ...deployment, rollback: 'yes' },
      0,
      'events[0].rollback must be a boolean',
    ],
    [
      'an id over 255 characters',
      { ...deployment, id: 'x'.repeat(256) },
      0,
      'events[0].id must be at most 255 characters long',
    ],
    ['a non-object', 'deployment', 4, 'events[4] must be an object'],
  ])('rejects %s', (_name, event, index, message) => {
    const attempt = () =>
      validator.validate(JSON.parse(JSON.stringify(event)), index);
    expect(attempt).toThrow(
      expect.objectContaining({ name: 'InputError', message }),
    );
  });
});
