import { InputError } from '@backstage/errors';

const EXPECTED =
  'The request body must be JSON {"events": [...]} or a single CDEvent with context and subject (Content-Type: application/json)';

/**
 * The events of a request body: `{"events": [...]}`, or one bare CDEvent
 * (an object with `context`), which counts as a batch of one.
 * @internal
 */
export function eventsOfBody(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError(EXPECTED);
  }
  const object = body as Record<string, unknown>;
  if ('events' in object) {
    if (!Array.isArray(object.events)) {
      throw new InputError('events must be an array of events');
    }
    return object.events;
  }
  if ('context' in object) return [object];
  throw new InputError(EXPECTED);
}
