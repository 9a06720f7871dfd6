import { eventsOfBody } from './eventsOfBody';

describe('eventsOfBody', () => {
  it('reads a batch and a bare CDEvent', () => {
    expect(eventsOfBody({ events: [1, 2] })).toEqual([1, 2]);
    const cdevent = { context: { id: 'x' }, subject: {} };
    expect(eventsOfBody(cdevent)).toEqual([cdevent]);
  });

  it.each([[undefined], [null], [[]], ['events'], [{}], [{ subject: {} }]])(
    'rejects %p',
    body => {
      expect(() => eventsOfBody(body)).toThrow(
        'The request body must be JSON {"events": [...]} or a single CDEvent with context and subject (Content-Type: application/json)',
      );
    },
  );
});
